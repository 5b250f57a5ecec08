using System.Globalization;
using System.Text;
using EarlyHelp.Workflows.Measures;

namespace EarlyHelp.Host.Reports;

/// <summary>
/// A year's measures as CSV (RFC 4180: a header, CRLF line ends, fields quoted when they hold a comma, a quote or a
/// line break), one row per measure, breakdown value, period and area, in UTF-8 with a byte order mark so that
/// spreadsheet programs read it right.
/// </summary>
internal static class MeasuresCsv
{
    /// <summary>The header: the JSON's names, so both forms read alike.</summary>
    public static readonly string[] Columns =
        ["year", "period", "from", "to", "area", "measure", "breakdown", "kind", "value", "numerator", "denominator"];

    public static byte[] Write(MeasureReport report, FinancialYear year)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns).Append("\r\n");
        foreach (var figure in report.Figures(year))
        {
            string?[] fields =
            [
                year.ToString(),
                figure.Period.Name,
                Date(figure.Period.Start),
                Date(figure.Period.End),
                figure.Area,
                figure.Measure.Key,
                figure.Breakdown,
                MeasureDescription.Word(figure.Measure.Kind),
                figure.Value?.ToString(CultureInfo.InvariantCulture),
                figure.Numerator.ToString(CultureInfo.InvariantCulture),
                figure.Denominator?.ToString(CultureInfo.InvariantCulture),
            ];
            csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Quotes a field when it needs it. A locality's name is the only text not ours; one starting like a formula
    /// (=, +, -, @) gets an apostrophe first, so a spreadsheet shows it rather than runs it (OWASP "CSV injection").
    /// </summary>
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '@' or '\t' or '\r' || (value[0] == '-' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
