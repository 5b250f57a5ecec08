namespace EarlyHelp.Workflows.Measures;

/// <summary>One figure of a report: a measure (at one breakdown value) for a period and an area.</summary>
/// <param name="Period">The quarter or year.</param>
/// <param name="Area">A locality, or <see cref="MeasureReport.Council"/> for the whole council.</param>
/// <param name="Measure">The measure.</param>
/// <param name="Breakdown">The breakdown value (e.g. an enquiry source), or null for a measure without one.</param>
/// <param name="Numerator">A count; a rate's numerator; an average's total.</param>
/// <param name="Denominator">A rate's denominator or how many an average counted; null for a count.</param>
public sealed record MeasureFigure(ReportPeriod Period, string Area, Measure Measure, string? Breakdown, long Numerator, long? Denominator)
{
    /// <summary>
    /// The figure: a count; a rate as a percentage; an average. Rates and averages are rounded to one decimal
    /// place (half away from zero) and null when nothing was counted (a zero denominator).
    /// </summary>
    public decimal? Value => Measure.Kind switch
    {
        MeasureKind.Count => Numerator,
        MeasureKind.Rate => Denominator is > 0 and { } rateOf ? Math.Round(100m * Numerator / rateOf, 1, MidpointRounding.AwayFromZero) : null,
        _ => Denominator is > 0 and { } counted ? Math.Round((decimal)Numerator / counted, 1, MidpointRounding.AwayFromZero) : null,
    };
}
