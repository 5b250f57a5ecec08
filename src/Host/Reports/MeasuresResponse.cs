using System.Text.Json;
using EarlyHelp.Workflows.Measures;

namespace EarlyHelp.Host.Reports;

/// <summary>A year's measures: what each measure is, then per period (Q1 to Q4, then the year) per area (the council, then each locality) each figure.</summary>
/// <param name="Year">The financial year, e.g. "2026-27".</param>
/// <param name="AsOf">The day the figures were computed; a period not yet over is reported up to it.</param>
internal sealed record MeasuresResponse(string Year, DateOnly AsOf, IReadOnlyList<string> Localities, IReadOnlyList<MeasureDescription> Measures, IReadOnlyList<PeriodFigures> Periods)
{
    public static MeasuresResponse Of(MeasureReport report, FinancialYear year)
    {
        ArgumentNullException.ThrowIfNull(report);
        var figures = report.Figures(year).ToLookup(f => f.Period);
        return new MeasuresResponse(
            year.ToString(),
            report.AsOf,
            report.Localities,
            [.. PerformanceFramework.All.Select(MeasureDescription.Of)],
            [.. ReportPeriod.Of(year).Select(period => new PeriodFigures(
                period.Name,
                period.Start,
                period.End,
                [.. figures[period].GroupBy(f => f.Area).Select(area => new AreaFigures(area.Key, [.. area.Select(FigureView.Of)]))]))]);
    }
}

/// <param name="Key">The stable key, as in docs/measures.md and the CSV.</param>
/// <param name="Group">"how-much", "how-well" or "impact".</param>
/// <param name="Kind">"count", "rate" (a percentage) or "average".</param>
/// <param name="Breakdowns">The values it is broken down by; empty for one figure.</param>
internal sealed record MeasureDescription(string Key, string Name, string Group, string Kind, IReadOnlyList<string> Breakdowns)
{
    public static MeasureDescription Of(Measure measure) =>
        new(measure.Key, measure.Name, Word(measure.Group), Word(measure.Kind), measure.Breakdowns);

    internal static string Word<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}

/// <param name="Period">"Q1" to "Q4", or "year".</param>
internal sealed record PeriodFigures(string Period, DateOnly From, DateOnly To, IReadOnlyList<AreaFigures> Areas);

/// <param name="Area">"council", or a locality.</param>
internal sealed record AreaFigures(string Area, IReadOnlyList<FigureView> Figures);

/// <param name="Value">The count; the rate as a percentage; the average; null for a rate or average with nothing counted.</param>
/// <param name="Numerator">The count; the rate's numerator; the average's total.</param>
/// <param name="Denominator">The rate's denominator; how many the average counted; null for a count.</param>
internal sealed record FigureView(string Measure, string? Breakdown, decimal? Value, long Numerator, long? Denominator)
{
    public static FigureView Of(MeasureFigure figure) =>
        new(figure.Measure.Key, figure.Breakdown, figure.Value, figure.Numerator, figure.Denominator);
}
