using System.Globalization;
using System.Text.RegularExpressions;

namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// A council's financial year, 1 April to 31 March, written "2026-27" (DESIGN.md, "Performance framework"). Its
/// quarters end on 30 June, 30 September, 31 December and 31 March.
/// </summary>
/// <param name="StartYear">The calendar year in which it starts on 1 April.</param>
public readonly partial record struct FinancialYear(int StartYear)
{
    /// <summary>The first day, 1 April.</summary>
    public DateOnly Start => new(StartYear, 4, 1);

    /// <summary>The last day, 31 March of the next calendar year.</summary>
    public DateOnly End => new(StartYear + 1, 3, 31);

    /// <summary>The financial year a day falls in.</summary>
    /// <param name="date">The day.</param>
    public static FinancialYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>Reads "2026-27": the start year, a hyphen, and the last two digits of the year after it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="year">The year read.</param>
    /// <returns>False when the text is not written so, or the two years do not follow each other.</returns>
    public static bool TryParse(string? text, out FinancialYear year)
    {
        year = default;
        var match = text is null ? null : Written().Match(text.Trim());
        if (match is not { Success: true })
        {
            return false;
        }

        var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if ((start + 1) % 100 != end)
        {
            return false;
        }

        year = new FinancialYear(start);
        return true;
    }

    /// <summary>The year as councils write it, e.g. "2026-27".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{(StartYear + 1) % 100:00}");

    [GeneratedRegex(@"^(\d{4})-(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Written();
}
