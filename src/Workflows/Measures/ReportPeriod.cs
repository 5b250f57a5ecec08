namespace EarlyHelp.Workflows.Measures;

/// <summary>A quarter of a financial year, or the whole year: the periods each measure is given for.</summary>
/// <param name="Year">The financial year.</param>
/// <param name="Quarter">1 to 4 (Q1 April to June ... Q4 January to March); 0 for the whole year.</param>
public readonly record struct ReportPeriod(FinancialYear Year, int Quarter)
{
    /// <summary>The quarter a day falls in.</summary>
    /// <param name="date">The day.</param>
    public static ReportPeriod QuarterOf(DateOnly date) => new(FinancialYear.Of(date), ((date.Month + 8) % 12 / 3) + 1);

    /// <summary>The whole year.</summary>
    /// <param name="year">The year.</param>
    public static ReportPeriod WholeYear(FinancialYear year) => new(year, 0);

    /// <summary>The year's four quarters, then the whole year: the order reports list them in.</summary>
    /// <param name="year">The year.</param>
    public static IReadOnlyList<ReportPeriod> Of(FinancialYear year) =>
        [new(year, 1), new(year, 2), new(year, 3), new(year, 4), new(year, 0)];

    /// <summary>True for the whole year.</summary>
    public bool IsYear => Quarter == 0;

    /// <summary>"Q1" to "Q4", or "year".</summary>
    public string Name => IsYear ? "year" : "Q" + (char)('0' + Quarter);

    /// <summary>The first day.</summary>
    public DateOnly Start => IsYear ? Year.Start : Year.Start.AddMonths(3 * (Quarter - 1));

    /// <summary>The last day.</summary>
    public DateOnly End => IsYear ? Year.End : Start.AddMonths(3).AddDays(-1);

    /// <summary>A compact number for tables: the start year times 8 plus the quarter.</summary>
    internal int Key => (Year.StartYear * 8) + Quarter;

    internal static ReportPeriod FromKey(int key) => new(new FinancialYear(key / 8), key % 8);

    /// <inheritdoc />
    public override string ToString() => $"{Year} {Name}";
}
