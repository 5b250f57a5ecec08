namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// The running sums: one row of cells (<see cref="PerformanceFramework.Cells"/>) per area (locality) and period
/// (quarter or year). A figure dated in a quarter is added to that quarter and to its year, except the
/// distinct-case counts, which their rule adds per period itself.
/// </summary>
internal sealed class Tally
{
    private readonly Dictionary<(int Area, int Period), long[]> _rows = [];
    private (int Area, int Quarter) _lastKey = (-1, -1);
    private (long[] Quarter, long[] Year) _lastRows = ([], []);

    public IReadOnlyDictionary<(int Area, int Period), long[]> Rows => _rows;

    /// <summary>Counts one of a count measure (at a breakdown value) on a day.</summary>
    public void Count(int area, DateOnly date, Measure measure, int breakdown = 0) =>
        Dated(area, date, measure.Cell(breakdown), 1);

    /// <summary>Counts one more in a rate's denominator on a day, and in its numerator when <paramref name="hit"/>.</summary>
    public void Rate(int area, DateOnly date, Measure measure, bool hit)
    {
        var cell = measure.Cell(0);
        Dated(area, date, cell + 1, 1);
        if (hit)
        {
            Dated(area, date, cell, 1);
        }
    }

    /// <summary>Adds a value to an average: its total, and one more counted.</summary>
    public void Average(int area, DateOnly date, Measure measure, long value)
    {
        var cell = measure.Cell(0);
        Dated(area, date, cell, value);
        Dated(area, date, cell + 1, 1);
    }

    /// <summary>Adds to a rate's numerator alone, for a rate whose denominator another rule counts.</summary>
    public void Numerator(int area, DateOnly date, Measure measure) => Dated(area, date, measure.Cell(0), 1);

    /// <summary>Adds to one period only (a quarter, or a year), for figures that are not sums of their quarters.</summary>
    public void Add(int area, ReportPeriod period, int cell, long amount) => Row(area, period.Key)[cell] += amount;

    /// <summary>Adds another tally's sums, its areas renumbered by <paramref name="area"/>.</summary>
    public void Merge(Tally other, Func<int, int> area)
    {
        foreach (var ((otherArea, period), cells) in other._rows)
        {
            var row = Row(area(otherArea), period);
            for (var i = 0; i < cells.Length; i++)
            {
                row[i] += cells[i];
            }
        }
    }

    private void Dated(int area, DateOnly date, int cell, long amount)
    {
        var quarter = ReportPeriod.QuarterOf(date);
        // Consecutive events of a case mostly fall in one quarter: remember the last pair of rows.
        if (_lastKey != (area, quarter.Key))
        {
            _lastRows = (Row(area, quarter.Key), Row(area, ReportPeriod.WholeYear(quarter.Year).Key));
            _lastKey = (area, quarter.Key);
        }

        _lastRows.Quarter[cell] += amount;
        _lastRows.Year[cell] += amount;
    }

    private long[] Row(int area, int period)
    {
        if (!_rows.TryGetValue((area, period), out var row))
        {
            row = new long[PerformanceFramework.Cells];
            _rows.Add((area, period), row);
        }

        return row;
    }
}
