using System.Globalization;

namespace EarlyHelp.Workflows.Conditions;

/// <summary>
/// Says a condition in plain English for the designer, with the fields' labels: "level of need is at least
/// complex and (youngest child's age is less than 5 or referrer agency is one of police, health)".
/// </summary>
public static class ConditionText
{
    /// <summary>The condition in words.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="schema">Gives the fields' labels; a field it does not know is shown by its name.</param>
    public static string Describe(Condition condition, ConditionSchema schema)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(schema);
        return condition switch
        {
            ConstantCondition constant => constant.Value ? "always" : "never",
            AllCondition all => string.Join(" and ", all.Conditions.Select(c => Part(c, schema, inside: all))),
            AnyCondition any => string.Join(" or ", any.Conditions.Select(c => Part(c, schema, inside: any))),
            NotCondition not => $"not ({Describe(not.Operand, schema)})",
            Comparison comparison => Describe(comparison, schema),
            _ => throw new ArgumentException($"Cannot describe a {condition.GetType().Name}.", nameof(condition)),
        };
    }

    /// <summary>A condition inside a group, in brackets when it is a group of the other kind with several parts.</summary>
    private static string Part(Condition condition, ConditionSchema schema, Condition inside)
    {
        var text = Describe(condition, schema);
        var mixed = (condition is AnyCondition { Conditions.Count: > 1 } && inside is AllCondition)
            || (condition is AllCondition { Conditions.Count: > 1 } && inside is AnyCondition);
        return mixed ? $"({text})" : text;
    }

    private static string Describe(Comparison comparison, ConditionSchema schema)
    {
        var label = schema.Find(comparison.Field)?.Label ?? comparison.Field;
        var isDate = comparison.FieldType.Kind == ConditionTypeKind.Date;
        var verb = comparison.Operator switch
        {
            ComparisonOperator.Equal => isDate ? "is on" : "is",
            ComparisonOperator.NotEqual => isDate ? "is not on" : "is not",
            ComparisonOperator.LessThan => isDate ? "is before" : "is less than",
            ComparisonOperator.AtMost => isDate ? "is on or before" : "is at most",
            ComparisonOperator.GreaterThan => isDate ? "is after" : "is greater than",
            ComparisonOperator.AtLeast => isDate ? "is on or after" : "is at least",
            ComparisonOperator.In => "is one of",
            ComparisonOperator.NotIn => "is none of",
            ComparisonOperator.Contains => "include",
            ComparisonOperator.IsSet => "is known",
            _ => "is not known",
        };

        return comparison.Value.IsSet
            ? $"{label} {verb} {Value(comparison.Value, comparison.FieldType)}"
            : $"{label} {verb}";
    }

    /// <summary>A value in words: choices as words ("social care"), text in quotes, dates as "1 June 2026".</summary>
    private static string Value(ConditionValue value, ConditionType type) => value.Kind switch
    {
        ConditionValueKind.Text => Text(value.Text!, type),
        ConditionValueKind.Number => value.Number!.Value.ToString(CultureInfo.InvariantCulture),
        ConditionValueKind.Boolean => value.Boolean!.Value ? "true" : "false",
        ConditionValueKind.Date => value.Date!.Value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        ConditionValueKind.TextList => string.Join(", ", value.Items.Select(i => Text(i, type))),
        _ => "nothing",
    };

    private static string Text(string text, ConditionType type) =>
        type.Kind == ConditionTypeKind.Choice ? text.Replace('-', ' ') : $"\"{text}\"";
}
