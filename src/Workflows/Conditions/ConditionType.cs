using System.Text.Json;

namespace EarlyHelp.Workflows.Conditions;

/// <summary>The kinds of value a condition field holds.</summary>
public enum ConditionTypeKind
{
    /// <summary>Free text (a locality, a code).</summary>
    Text,

    /// <summary>A number (a count, an age in whole years).</summary>
    Number,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A calendar date, written yyyy-MM-dd.</summary>
    Date,

    /// <summary>One word from a fixed list (a level of need, an agency), which may have an order.</summary>
    Choice,

    /// <summary>A list of texts (needs categories).</summary>
    TextList,
}

/// <summary>
/// The type of a condition field: what values it holds and so which operators and values a comparison on it may
/// use. Choices are the kebab-case words of the case's enums, as the history writes them
/// (<see cref="Cases.CaseEventJson"/>); an ordered choice compares by its words' order.
/// </summary>
public sealed class ConditionType : IEquatable<ConditionType>
{
    private static readonly ComparisonOperator[] TextOperators =
        [ComparisonOperator.Equal, ComparisonOperator.NotEqual, ComparisonOperator.In, ComparisonOperator.NotIn, ComparisonOperator.IsSet, ComparisonOperator.IsNotSet];

    private static readonly ComparisonOperator[] OrderedOperators =
    [
        ComparisonOperator.Equal, ComparisonOperator.NotEqual, ComparisonOperator.LessThan, ComparisonOperator.AtMost,
        ComparisonOperator.GreaterThan, ComparisonOperator.AtLeast, ComparisonOperator.IsSet, ComparisonOperator.IsNotSet,
    ];

    private static readonly ComparisonOperator[] OrderedChoiceOperators =
    [
        ComparisonOperator.Equal, ComparisonOperator.NotEqual, ComparisonOperator.LessThan, ComparisonOperator.AtMost,
        ComparisonOperator.GreaterThan, ComparisonOperator.AtLeast, ComparisonOperator.In, ComparisonOperator.NotIn,
        ComparisonOperator.IsSet, ComparisonOperator.IsNotSet,
    ];

    private static readonly ComparisonOperator[] BooleanOperators =
        [ComparisonOperator.Equal, ComparisonOperator.NotEqual, ComparisonOperator.IsSet, ComparisonOperator.IsNotSet];

    private static readonly ComparisonOperator[] ListOperators =
        [ComparisonOperator.Contains, ComparisonOperator.IsSet, ComparisonOperator.IsNotSet];

    private ConditionType(ConditionTypeKind kind, IReadOnlyList<string> choices, bool isOrdered)
    {
        Kind = kind;
        Choices = choices;
        IsOrdered = isOrdered;
        Operators = kind switch
        {
            ConditionTypeKind.Text => TextOperators,
            ConditionTypeKind.Number or ConditionTypeKind.Date => OrderedOperators,
            ConditionTypeKind.Boolean => BooleanOperators,
            ConditionTypeKind.Choice => isOrdered ? OrderedChoiceOperators : TextOperators,
            ConditionTypeKind.TextList => ListOperators,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a condition type."),
        };
    }

    /// <summary>Free text.</summary>
    public static ConditionType Text { get; } = new(ConditionTypeKind.Text, [], false);

    /// <summary>A number.</summary>
    public static ConditionType Number { get; } = new(ConditionTypeKind.Number, [], true);

    /// <summary>True or false.</summary>
    public static ConditionType Boolean { get; } = new(ConditionTypeKind.Boolean, [], false);

    /// <summary>A calendar date.</summary>
    public static ConditionType Date { get; } = new(ConditionTypeKind.Date, [], true);

    /// <summary>A list of texts.</summary>
    public static ConditionType TextList { get; } = new(ConditionTypeKind.TextList, [], false);

    /// <summary>What kind of value it is.</summary>
    public ConditionTypeKind Kind { get; }

    /// <summary>For a choice, its words, lowest first when ordered; empty for the other kinds.</summary>
    public IReadOnlyList<string> Choices { get; }

    /// <summary>True when its values have an order: numbers, dates, and ordered choices.</summary>
    public bool IsOrdered { get; }

    /// <summary>The operators a comparison on a field of this type may use.</summary>
    public IReadOnlyList<ComparisonOperator> Operators { get; }

    /// <summary>The kind of <see cref="ConditionValue"/> a field of this type holds, and a comparison on it takes.</summary>
    public ConditionValueKind ValueKind => Kind switch
    {
        ConditionTypeKind.Text or ConditionTypeKind.Choice => ConditionValueKind.Text,
        ConditionTypeKind.Number => ConditionValueKind.Number,
        ConditionTypeKind.Boolean => ConditionValueKind.Boolean,
        ConditionTypeKind.Date => ConditionValueKind.Date,
        _ => ConditionValueKind.TextList,
    };

    /// <summary>A choice of words; their order matters only when <paramref name="ordered"/>.</summary>
    /// <param name="words">The words, lowest first; at least one, no repeats, none blank.</param>
    /// <param name="ordered">True when lessThan, atLeast and the like compare by the words' order.</param>
    public static ConditionType ChoiceOf(IEnumerable<string> words, bool ordered)
    {
        ArgumentNullException.ThrowIfNull(words);
        string[] choices = [.. words];
        if (choices.Length == 0 || choices.Any(string.IsNullOrWhiteSpace) || choices.Distinct(StringComparer.Ordinal).Count() != choices.Length)
        {
            throw new ArgumentException("A choice needs at least one word, with no blanks and no repeats.", nameof(words));
        }

        return new ConditionType(ConditionTypeKind.Choice, choices, ordered);
    }

    /// <summary>
    /// A choice of the enum's values as kebab-case words ("team-around-family"), the same words the case history
    /// writes; ordered by the enum's numeric values when <paramref name="ordered"/>.
    /// </summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="ordered">True when the enum's values are a scale (a level of need, a risk).</param>
    public static ConditionType ChoiceOf<TEnum>(bool ordered)
        where TEnum : struct, Enum => ChoiceOf(Enum.GetValues<TEnum>().Select(v => WordOf(v)), ordered);

    /// <summary>An enum value's word, as the case history writes it ("social-care").</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The value.</param>
    public static string WordOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The position of a choice's word, lowest first; -1 when it is not one of <see cref="Choices"/>.</summary>
    /// <param name="word">The word.</param>
    public int RankOf(string word)
    {
        for (var i = 0; i < Choices.Count; i++)
        {
            if (string.Equals(Choices[i], word, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when a comparison on a field of this type may use the operator.</summary>
    /// <param name="op">The operator.</param>
    public bool Accepts(ComparisonOperator op) => Operators.Contains(op);

    /// <summary>The type in a few words, for messages: "a number", "one of: universal, additional, complex".</summary>
    public string Describe() => Kind switch
    {
        ConditionTypeKind.Text => "text",
        ConditionTypeKind.Number => "a number",
        ConditionTypeKind.Boolean => "true or false",
        ConditionTypeKind.Date => "a date (yyyy-MM-dd)",
        ConditionTypeKind.Choice => $"{(IsOrdered ? "one of, lowest first" : "one of")}: {string.Join(", ", Choices)}",
        _ => "a list of texts",
    };

    /// <inheritdoc />
    public bool Equals(ConditionType? other) =>
        other is not null && Kind == other.Kind && IsOrdered == other.IsOrdered && Choices.SequenceEqual(other.Choices, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConditionType);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(IsOrdered);
        foreach (var choice in Choices)
        {
            hash.Add(choice, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => Describe();
}
