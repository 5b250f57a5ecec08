namespace EarlyHelp.Host.Cases;

/// <summary>Optional free text as the case records it: trimmed, and null when blank.</summary>
internal static class FreeText
{
    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
