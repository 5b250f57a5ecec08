namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// Open cases: a case is open from the day it was opened to the day it closed or was stepped up (both included),
/// and again from a step-down; as the lifecycle has it, an enquiry awaiting triage is open. Per period, a case
/// counts once among the cases open at any point if any of its open days falls in the period, and among the
/// open cases at the end if it was open at the end of the period's last day (for a period not yet over, at the
/// end of the report's day). Distinct cases: a year's figure is not the sum of its quarters'.
/// </summary>
internal sealed class OpenCaseMeasures(DateOnly asOf) : IMeasureRule
{
    private readonly List<ReportPeriod> _periods = [];

    public void Observe(in HistoryEntry entry, DateOnly date, CaseTrack track, Tally tally)
    {
    }

    public void Finish(CaseTrack track, Tally tally)
    {
        _periods.Clear();
        foreach (var (start, end) in track.OpenSpans)
        {
            var last = end is { } e && e < asOf ? e : asOf;
            if (start > last)
            {
                continue;
            }

            for (var quarter = ReportPeriod.QuarterOf(start); quarter.Start <= last; quarter = ReportPeriod.QuarterOf(quarter.End.AddDays(1)))
            {
                Mark(quarter);
                Mark(ReportPeriod.WholeYear(quarter.Year));
            }
        }

        foreach (var period in _periods)
        {
            tally.Add(track.Area, period, PerformanceFramework.OpenCasesAtAnyPoint.Cell(0), 1);
            tally.Add(track.Area, period, PerformanceFramework.SteppedUpOfOpenCases.Cell(0) + 1, 1);
            var endOfPeriod = period.End < asOf ? period.End : asOf;
            if (OpenAtEndOf(track, endOfPeriod))
            {
                tally.Add(track.Area, period, PerformanceFramework.OpenCasesAtEnd.Cell(0), 1);
            }
        }
    }

    private void Mark(ReportPeriod period)
    {
        if (!_periods.Contains(period))
        {
            _periods.Add(period);
        }
    }

    private static bool OpenAtEndOf(CaseTrack track, DateOnly day)
    {
        foreach (var (start, end) in track.OpenSpans)
        {
            if (start <= day && (end is null || end > day))
            {
                return true;
            }
        }

        return false;
    }
}
