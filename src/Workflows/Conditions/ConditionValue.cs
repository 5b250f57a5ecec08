using System.Globalization;
using System.Text.Json;

namespace EarlyHelp.Workflows.Conditions;

/// <summary>The kinds of <see cref="ConditionValue"/>.</summary>
public enum ConditionValueKind
{
    /// <summary>No value: unknown, never recorded, or a variable not yet assigned.</summary>
    NotSet,

    /// <summary>Text (also a choice's word).</summary>
    Text,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>A list of texts.</summary>
    TextList,
}

/// <summary>
/// A small typed value: what a field resolves to when a condition is evaluated, and what a comparison compares it
/// with. Immutable; equal when of the same kind with the same content (lists item by item, in order).
/// </summary>
public sealed class ConditionValue : IEquatable<ConditionValue>
{
    /// <summary>The format of dates in JSON and in <see cref="ToString"/>.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    private ConditionValue(ConditionValueKind kind, string? text = null, decimal number = 0, bool boolean = false, DateOnly date = default, IReadOnlyList<string>? items = null)
    {
        Kind = kind;
        Text = text;
        NumberValue = number;
        BooleanValue = boolean;
        DateValue = date;
        Items = items ?? [];
    }

    /// <summary>No value.</summary>
    public static ConditionValue NotSet { get; } = new(ConditionValueKind.NotSet);

    /// <summary>True.</summary>
    public static ConditionValue True { get; } = new(ConditionValueKind.Boolean, boolean: true);

    /// <summary>False.</summary>
    public static ConditionValue False { get; } = new(ConditionValueKind.Boolean, boolean: false);

    /// <summary>What kind of value it is.</summary>
    public ConditionValueKind Kind { get; }

    /// <summary>True unless it is <see cref="NotSet"/>.</summary>
    public bool IsSet => Kind != ConditionValueKind.NotSet;

    /// <summary>The text, when <see cref="Kind"/> is <see cref="ConditionValueKind.Text"/>; otherwise null.</summary>
    public string? Text { get; }

    /// <summary>The number, when <see cref="Kind"/> is <see cref="ConditionValueKind.Number"/>; otherwise null.</summary>
    public decimal? Number => Kind == ConditionValueKind.Number ? NumberValue : null;

    /// <summary>The truth value, when <see cref="Kind"/> is <see cref="ConditionValueKind.Boolean"/>; otherwise null.</summary>
    public bool? Boolean => Kind == ConditionValueKind.Boolean ? BooleanValue : null;

    /// <summary>The date, when <see cref="Kind"/> is <see cref="ConditionValueKind.Date"/>; otherwise null.</summary>
    public DateOnly? Date => Kind == ConditionValueKind.Date ? DateValue : null;

    /// <summary>The texts, when <see cref="Kind"/> is <see cref="ConditionValueKind.TextList"/>; otherwise empty.</summary>
    public IReadOnlyList<string> Items { get; }

    private decimal NumberValue { get; }

    private bool BooleanValue { get; }

    private DateOnly DateValue { get; }

    /// <summary>A text value.</summary>
    /// <param name="text">The text.</param>
    public static ConditionValue FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ConditionValue(ConditionValueKind.Text, text: text);
    }

    /// <summary>A number.</summary>
    /// <param name="number">The number.</param>
    public static ConditionValue FromNumber(decimal number) => new(ConditionValueKind.Number, number: number);

    /// <summary>True or false.</summary>
    /// <param name="value">The truth value.</param>
    public static ConditionValue FromBoolean(bool value) => value ? True : False;

    /// <summary>A date.</summary>
    /// <param name="date">The date.</param>
    public static ConditionValue FromDate(DateOnly date) => new(ConditionValueKind.Date, date: date);

    /// <summary>A list of texts (empty is a set value: known to have nothing).</summary>
    /// <param name="items">The texts, in order.</param>
    public static ConditionValue FromTextList(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        string[] copy = [.. items];
        if (copy.Any(i => i is null))
        {
            throw new ArgumentException("A list of texts cannot hold null.", nameof(items));
        }

        return new ConditionValue(ConditionValueKind.TextList, items: copy);
    }

    /// <summary>
    /// A choice's word for an enum value, as the case history writes it (<c>Complex</c> becomes "complex",
    /// <c>SocialCare</c> "social-care").
    /// </summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The value.</param>
    public static ConditionValue FromEnum<TEnum>(TEnum value)
        where TEnum : struct, Enum => FromText(ConditionType.WordOf(value));

    /// <summary>
    /// The value of a workflow variable as stored in JSON: a string is text (a date variable's "2026-06-01" stays
    /// text here, and a comparison on a date variable reads it as a date), a number a number, true and false a
    /// boolean, an array of strings a list, and null or an absent element not set.
    /// </summary>
    /// <param name="element">The JSON value.</param>
    /// <exception cref="ArgumentException">An object, or an array holding anything but strings.</exception>
    public static ConditionValue FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => NotSet,
        JsonValueKind.String => FromText(element.GetString()!),
        JsonValueKind.Number => element.TryGetDecimal(out var number)
            ? FromNumber(number)
            : throw new ArgumentException($"The number {element.GetRawText()} is too large for a condition value.", nameof(element)),
        JsonValueKind.True => True,
        JsonValueKind.False => False,
        JsonValueKind.Array => element.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
            ? FromTextList(element.EnumerateArray().Select(i => i.GetString()!))
            : throw new ArgumentException("A list in a condition value can hold only texts.", nameof(element)),
        _ => throw new ArgumentException("An object cannot be a condition value: use text, a number, true or false, a date or a list of texts.", nameof(element)),
    };

    /// <summary>Writes the value as JSON: text and dates (yyyy-MM-dd) as strings, lists as arrays, not set as null.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (Kind)
        {
            case ConditionValueKind.Text:
                writer.WriteStringValue(Text);
                break;
            case ConditionValueKind.Number:
                writer.WriteNumberValue(NumberValue);
                break;
            case ConditionValueKind.Boolean:
                writer.WriteBooleanValue(BooleanValue);
                break;
            case ConditionValueKind.Date:
                writer.WriteStringValue(DateValue.ToString(DateFormat, CultureInfo.InvariantCulture));
                break;
            case ConditionValueKind.TextList:
                writer.WriteStartArray();
                foreach (var item in Items)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    /// <inheritdoc />
    public bool Equals(ConditionValue? other) =>
        other is not null
        && Kind == other.Kind
        && Kind switch
        {
            ConditionValueKind.Text => string.Equals(Text, other.Text, StringComparison.Ordinal),
            ConditionValueKind.Number => NumberValue == other.NumberValue,
            ConditionValueKind.Boolean => BooleanValue == other.BooleanValue,
            ConditionValueKind.Date => DateValue == other.DateValue,
            ConditionValueKind.TextList => Items.SequenceEqual(other.Items, StringComparer.Ordinal),
            _ => true,
        };

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConditionValue);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        switch (Kind)
        {
            case ConditionValueKind.Text:
                hash.Add(Text, StringComparer.Ordinal);
                break;
            case ConditionValueKind.Number:
                hash.Add(NumberValue);
                break;
            case ConditionValueKind.Boolean:
                hash.Add(BooleanValue);
                break;
            case ConditionValueKind.Date:
                hash.Add(DateValue);
                break;
            case ConditionValueKind.TextList:
                foreach (var item in Items)
                {
                    hash.Add(item, StringComparer.Ordinal);
                }

                break;
        }

        return hash.ToHashCode();
    }

    /// <summary>The value as it reads in JSON: "north", 5, true, "2026-06-01", ["a", "b"], or null when not set.</summary>
    public override string ToString() => Kind switch
    {
        ConditionValueKind.Text => $"\"{Text}\"",
        ConditionValueKind.Number => NumberValue.ToString(CultureInfo.InvariantCulture),
        ConditionValueKind.Boolean => BooleanValue ? "true" : "false",
        ConditionValueKind.Date => $"\"{DateValue.ToString(DateFormat, CultureInfo.InvariantCulture)}\"",
        ConditionValueKind.TextList => $"[{string.Join(", ", Items.Select(i => $"\"{i}\""))}]",
        _ => "null",
    };
}
