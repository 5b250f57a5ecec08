using System.Text.Json;

namespace EarlyHelp.Host.Web.Forms;

/// <summary>One option of a list, a set of radio buttons or check boxes: the API's word and the words a person reads.</summary>
public sealed record Choice(string Value, string Text, string? Hint = null)
{
    /// <summary>Every value of a choice, in declaration order, as the API's words with plain text.</summary>
    public static IReadOnlyList<Choice> Of<TEnum>(Func<TEnum, string>? text = null, Func<TEnum, bool>? where = null)
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Where(v => where?.Invoke(v) ?? true).Select(v => new Choice(Word(v), text?.Invoke(v) ?? Words.Of(v)))];

    public static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The value an API word names, or null when it names none (nothing chosen yet).</summary>
    public static TEnum? Parse<TEnum>(string? word)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => Word(v!.Value) == word);
}
