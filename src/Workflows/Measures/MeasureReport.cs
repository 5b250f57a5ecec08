namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// The measures computed by a <see cref="MeasureAccumulator"/>: every figure per quarter and year, per locality,
/// and for the whole council (the sum of the localities: each case belongs to one locality).
/// </summary>
public sealed class MeasureReport
{
    /// <summary>The area name of the whole council's figures.</summary>
    public const string Council = "council";

    private readonly Dictionary<(string Area, int Period), long[]> _rows = [];

    internal MeasureReport(IReadOnlyList<string> localities, IReadOnlyDictionary<(int Area, int Period), long[]> rows, DateOnly asOf)
    {
        Localities = [.. localities.Order(StringComparer.Ordinal)];
        AsOf = asOf;
        foreach (var ((area, period), cells) in rows)
        {
            _rows[(localities[area], period)] = cells;
            if (!_rows.TryGetValue((Council, period), out var council))
            {
                council = new long[cells.Length];
                _rows[(Council, period)] = council;
            }

            for (var i = 0; i < cells.Length; i++)
            {
                council[i] += cells[i];
            }
        }

        Years = [.. rows.Keys.Select(k => ReportPeriod.FromKey(k.Period).Year).Distinct().OrderBy(y => y.StartYear)];
    }

    /// <summary>The localities with any case, in order.</summary>
    public IReadOnlyList<string> Localities { get; }

    /// <summary>The areas figures are given for: the whole council first, then each locality.</summary>
    public IReadOnlyList<string> Areas => [Council, .. Localities];

    /// <summary>The financial years with any figure, in order.</summary>
    public IReadOnlyList<FinancialYear> Years { get; }

    /// <summary>The day the report was made.</summary>
    public DateOnly AsOf { get; }

    /// <summary>One figure; zero when nothing was counted.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="period">The quarter or year.</param>
    /// <param name="area">A locality, or <see cref="Council"/>.</param>
    /// <param name="breakdown">The breakdown value, for a measure broken down.</param>
    /// <exception cref="ArgumentException">The breakdown value is not one of the measure's, or is missing.</exception>
    public MeasureFigure Figure(Measure measure, ReportPeriod period, string area = Council, string? breakdown = null)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var index = 0;
        if (measure.Breakdowns.Count > 0)
        {
            index = breakdown is null ? -1 : IndexOf(measure.Breakdowns, breakdown);
            if (index < 0)
            {
                throw new ArgumentException($"'{breakdown}' is not a breakdown of {measure.Key}: one of {string.Join(", ", measure.Breakdowns)}.", nameof(breakdown));
            }
        }

        return Figure(measure, period, area, index);
    }

    /// <summary>Every figure of a year: each period (Q1 to Q4, then the year), each area, each measure in order, each breakdown value.</summary>
    /// <param name="year">The year.</param>
    public IEnumerable<MeasureFigure> Figures(FinancialYear year)
    {
        foreach (var period in ReportPeriod.Of(year))
        {
            foreach (var area in Areas)
            {
                foreach (var measure in PerformanceFramework.All)
                {
                    for (var b = 0; b < measure.Width; b++)
                    {
                        yield return Figure(measure, period, area, b);
                    }
                }
            }
        }
    }

    private MeasureFigure Figure(Measure measure, ReportPeriod period, string area, int breakdown)
    {
        var cells = _rows.GetValueOrDefault((area, period.Key));
        var cell = measure.Cell(breakdown);
        var numerator = cells?[cell] ?? 0;
        long? denominator = measure.Kind == MeasureKind.Count ? null : cells?[cell + 1] ?? 0;
        return new MeasureFigure(period, area, measure, measure.Breakdowns.Count > 0 ? measure.Breakdowns[breakdown] : null, numerator, denominator);
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
