using System.Globalization;

namespace EarlyHelp.Workflows.Conditions;

/// <summary>
/// Compares a case field or a workflow variable with a value (JSON <c>{"field": ..., "op": ..., "value": ...}</c>).
/// <para>
/// A field that is not set (unknown, never recorded, a variable not assigned) makes every comparison false except
/// <see cref="ComparisonOperator.IsNotSet"/>: also <c>notEquals</c> and <c>notIn</c>, which ask about a value the
/// field does not have. Write <c>{"any": [{... "op": "isNotSet"}, {... "op": "notEquals", ...}]}</c> to include it.
/// </para>
/// <para>
/// Text and choices compare ignoring case; numbers as decimals; dates by day; ordered choices by the order of
/// their words in <see cref="FieldType"/>. A date variable stored as text ("2026-06-01") is read as a date.
/// </para>
/// </summary>
public sealed record Comparison : Condition
{
    /// <summary>
    /// Creates a comparison, checking that the operator fits the field's type and the value fits the operator
    /// (<see cref="ConditionSchema.Compare"/> finds the field's type for you).
    /// </summary>
    /// <param name="field">The field's name ("case.levelOfNeed", "variables.familyDeclined").</param>
    /// <param name="op">The operator; one of <paramref name="fieldType"/>'s <see cref="ConditionType.Operators"/>.</param>
    /// <param name="value">
    /// The value compared with: <see cref="ConditionValue.NotSet"/> for isSet and isNotSet, a non-empty list of texts for
    /// in and notIn, a text for contains, otherwise a value of the field's type (a choice's word as text).
    /// </param>
    /// <param name="fieldType">The field's type.</param>
    /// <exception cref="ArgumentException">The operator or the value does not fit.</exception>
    public Comparison(string field, ComparisonOperator op, ConditionValue value, ConditionType fieldType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(fieldType);
        if (Problem(field, op, value, fieldType) is { } problem)
        {
            throw new ArgumentException(problem, nameof(value));
        }

        Field = field;
        Operator = op;
        Value = value;
        FieldType = fieldType;
    }

    /// <summary>The field's name.</summary>
    public string Field { get; }

    /// <summary>The operator.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>The value compared with; <see cref="ConditionValue.NotSet"/> for isSet and isNotSet.</summary>
    public ConditionValue Value { get; }

    /// <summary>The field's type, which gives a choice's order.</summary>
    public ConditionType FieldType { get; }

    /// <inheritdoc />
    public override bool Evaluate(IConditionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var actual = scope.Resolve(Field) ?? ConditionValue.NotSet;
        switch (Operator)
        {
            case ComparisonOperator.IsSet:
                return actual.IsSet;
            case ComparisonOperator.IsNotSet:
                return !actual.IsSet;
        }

        if (!actual.IsSet)
        {
            return false;
        }

        actual = Expected(actual);
        return Operator switch
        {
            ComparisonOperator.Equal => Same(actual, Value),
            ComparisonOperator.NotEqual => !Same(actual, Value),
            ComparisonOperator.LessThan => Order(actual) < 0,
            ComparisonOperator.AtMost => Order(actual) <= 0,
            ComparisonOperator.GreaterThan => Order(actual) > 0,
            ComparisonOperator.AtLeast => Order(actual) >= 0,
            ComparisonOperator.In => Value.Items.Any(item => SameText(actual.Text!, item)),
            ComparisonOperator.NotIn => !Value.Items.Any(item => SameText(actual.Text!, item)),
            ComparisonOperator.Contains => actual.Items.Any(item => SameText(item, Value.Text!)),
            _ => throw new InvalidOperationException($"Operator {Operator} is not evaluated."),
        };
    }

    /// <summary>What is wrong with the comparison, in words; null when nothing.</summary>
    internal static string? Problem(string field, ComparisonOperator op, ConditionValue value, ConditionType fieldType)
    {
        if (!fieldType.Accepts(op))
        {
            return $"\"{op.Word()}\" cannot be used with {field}, which is {fieldType.Describe()}.";
        }

        if (op.TakesNoValue())
        {
            return value.IsSet ? $"\"{op.Word()}\" takes no value." : null;
        }

        if (op.TakesList())
        {
            if (value.Kind != ConditionValueKind.TextList || value.Items.Count == 0)
            {
                return $"\"{op.Word()}\" needs a non-empty list of texts.";
            }

            return value.Items.Select(i => ChoiceProblem(field, i, fieldType)).FirstOrDefault(p => p is not null);
        }

        var expected = op == ComparisonOperator.Contains ? ConditionValueKind.Text : fieldType.ValueKind;
        if (value.Kind != expected)
        {
            return $"{field} is compared with {expected} values, not {value.Kind}.";
        }

        return op == ComparisonOperator.Contains ? null : ChoiceProblem(field, value.Text, fieldType);
    }

    private static string? ChoiceProblem(string field, string? word, ConditionType fieldType) =>
        fieldType.Kind == ConditionTypeKind.Choice && fieldType.RankOf(word ?? "") < 0
            ? $"\"{word}\" is not a value of {field}, which is {fieldType.Describe()}."
            : null;

    private static bool SameText(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    private static bool Same(ConditionValue actual, ConditionValue expected) => actual.Kind switch
    {
        ConditionValueKind.Text => SameText(actual.Text!, expected.Text!),
        _ => actual.Equals(expected),
    };

    /// <summary>The resolved value as the kind the field's type holds; a date held as text is read as a date.</summary>
    private ConditionValue Expected(ConditionValue actual)
    {
        var expected = FieldType.ValueKind;
        if (actual.Kind == expected)
        {
            return actual;
        }

        if (expected == ConditionValueKind.Date && actual.Kind == ConditionValueKind.Text
            && DateOnly.TryParseExact(actual.Text, ConditionValue.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ConditionValue.FromDate(date);
        }

        throw new ConditionEvaluationException(
            $"{Field} should hold {FieldType.Describe()}, but holds {actual}: the workflow gives it a value of another type than it declares.");
    }

    /// <summary>Negative when the resolved value is below <see cref="Value"/>, zero when equal, positive above.</summary>
    private int Order(ConditionValue actual)
    {
        switch (FieldType.Kind)
        {
            case ConditionTypeKind.Number:
                return actual.Number!.Value.CompareTo(Value.Number!.Value);
            case ConditionTypeKind.Date:
                return actual.Date!.Value.CompareTo(Value.Date!.Value);
            default:
                var rank = RankIgnoringCase(actual.Text!);
                if (rank < 0)
                {
                    throw new ConditionEvaluationException(
                        $"{Field} holds {actual}, which is not one of its values ({string.Join(", ", FieldType.Choices)}), so it cannot be put in order.");
                }

                return rank.CompareTo(FieldType.RankOf(Value.Text!));
        }
    }

    private int RankIgnoringCase(string word)
    {
        for (var i = 0; i < FieldType.Choices.Count; i++)
        {
            if (SameText(FieldType.Choices[i], word))
            {
                return i;
            }
        }

        return -1;
    }
}
