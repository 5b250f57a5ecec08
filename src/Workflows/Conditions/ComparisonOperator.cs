namespace EarlyHelp.Workflows.Conditions;

/// <summary>
/// How a <see cref="Comparison"/> compares a field with its value. Which operators a field accepts depends on its
/// type (<see cref="ConditionType.Operators"/>); in JSON each is written as its camelCase word
/// (<see cref="ComparisonOperators.Word"/>).
/// </summary>
public enum ComparisonOperator
{
    /// <summary>"equals": the field has the value.</summary>
    Equal,

    /// <summary>"notEquals": the field is set and does not have the value.</summary>
    NotEqual,

    /// <summary>"lessThan": the field is below the value (numbers, dates, ordered choices).</summary>
    LessThan,

    /// <summary>"atMost": the field is the value or below it (numbers, dates, ordered choices).</summary>
    AtMost,

    /// <summary>"greaterThan": the field is above the value (numbers, dates, ordered choices).</summary>
    GreaterThan,

    /// <summary>"atLeast": the field is the value or above it (numbers, dates, ordered choices).</summary>
    AtLeast,

    /// <summary>"in": the field has one of the values of a non-empty list (text and choices).</summary>
    In,

    /// <summary>"notIn": the field is set and has none of the values of a non-empty list (text and choices).</summary>
    NotIn,

    /// <summary>"contains": the list field includes the value (lists of text).</summary>
    Contains,

    /// <summary>"isSet": the field has a value; takes no value of its own.</summary>
    IsSet,

    /// <summary>"isNotSet": the field has no value; takes no value of its own.</summary>
    IsNotSet,
}

/// <summary>The JSON words of the comparison operators, and what they expect.</summary>
public static class ComparisonOperators
{
    /// <summary>Every operator, in the order the designer lists them.</summary>
    public static IReadOnlyList<ComparisonOperator> All { get; } = Enum.GetValues<ComparisonOperator>();

    /// <summary>The operator's word in JSON ("equals", "notEquals", "atLeast", ...).</summary>
    /// <param name="op">The operator.</param>
    public static string Word(this ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "equals",
        ComparisonOperator.NotEqual => "notEquals",
        ComparisonOperator.LessThan => "lessThan",
        ComparisonOperator.AtMost => "atMost",
        ComparisonOperator.GreaterThan => "greaterThan",
        ComparisonOperator.AtLeast => "atLeast",
        ComparisonOperator.In => "in",
        ComparisonOperator.NotIn => "notIn",
        ComparisonOperator.Contains => "contains",
        ComparisonOperator.IsSet => "isSet",
        ComparisonOperator.IsNotSet => "isNotSet",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not a comparison operator."),
    };

    /// <summary>Reads an operator's word; exact and case-sensitive, as written by <see cref="Word"/>.</summary>
    /// <param name="word">The word.</param>
    /// <param name="op">The operator, when the word is one.</param>
    public static bool TryParse(string word, out ComparisonOperator op)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Word(), word, StringComparison.Ordinal))
            {
                op = candidate;
                return true;
            }
        }

        op = default;
        return false;
    }

    /// <summary>True for the operators that ask only whether the field has a value, and take none.</summary>
    /// <param name="op">The operator.</param>
    public static bool TakesNoValue(this ComparisonOperator op) => op is ComparisonOperator.IsSet or ComparisonOperator.IsNotSet;

    /// <summary>True for the operators that take a non-empty list of values.</summary>
    /// <param name="op">The operator.</param>
    public static bool TakesList(this ComparisonOperator op) => op is ComparisonOperator.In or ComparisonOperator.NotIn;

    /// <summary>True for the operators that need the field's values to have an order.</summary>
    /// <param name="op">The operator.</param>
    public static bool NeedsOrder(this ComparisonOperator op) =>
        op is ComparisonOperator.LessThan or ComparisonOperator.AtMost or ComparisonOperator.GreaterThan or ComparisonOperator.AtLeast;

    /// <summary>
    /// The operator people from other tools often mean by a word that is not ours ("gte", "&gt;=", "notEqual"),
    /// so a validation message can say which of ours to write; null when the word means nothing known.
    /// </summary>
    internal static ComparisonOperator? Synonym(string word) => word.ToUpperInvariant() switch
    {
        "=" or "==" or "EQ" or "EQUAL" or "IS" => ComparisonOperator.Equal,
        "!=" or "<>" or "NE" or "NEQ" or "NOTEQUAL" or "ISNOT" => ComparisonOperator.NotEqual,
        "<" or "LT" or "BELOW" or "BEFORE" => ComparisonOperator.LessThan,
        "<=" or "LTE" or "LESSTHANOREQUAL" or "LESSTHANOREQUALTO" or "ONORBEFORE" => ComparisonOperator.AtMost,
        ">" or "GT" or "ABOVE" or "AFTER" => ComparisonOperator.GreaterThan,
        ">=" or "GTE" or "GREATERTHANOREQUAL" or "GREATERTHANOREQUALTO" or "ONORAFTER" => ComparisonOperator.AtLeast,
        "ONEOF" or "ANYOF" => ComparisonOperator.In,
        "NOTONEOF" or "NONEOF" => ComparisonOperator.NotIn,
        "INCLUDES" or "HAS" => ComparisonOperator.Contains,
        "EXISTS" or "ISKNOWN" or "HASVALUE" => ComparisonOperator.IsSet,
        "NOTEXISTS" or "ISNOTKNOWN" or "ISEMPTY" or "ISNULL" => ComparisonOperator.IsNotSet,
        _ => null,
    };
}
