namespace EarlyHelp.Host.Cases;

/// <summary>The short reference people say and search by ("EH-1A2B3C4D"): the first eight hex digits of the case's identifier.</summary>
internal static class CaseReference
{
    public const string Prefix = "EH-";

    public static string Of(Guid caseId) => Prefix + caseId.ToString("N")[..8].ToUpperInvariant();

    /// <summary>The hex digits of a reference or of an identifier's start, lower case as stored; null when it is neither.</summary>
    public static string? SearchDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = text.Trim().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? text.Trim()[Prefix.Length..] : text.Trim();
        return digits.Length is >= 4 and <= 8 && digits.All(Uri.IsHexDigit) ? digits.ToLowerInvariant() : null;
    }
}
