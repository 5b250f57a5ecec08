using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// Episodes ending, on the day they end: every change from an open state to closed or stepped up. Counted as
/// closed, by closure reason (a step-up's is "stepped up"; a triage decision's is single agency, signposted or no
/// further action; a manager's sign-off closes with the latest closure request's reason); step-ups counted, and
/// out of the closures; and for an episode that was allocated, its level of need at allocation against its level
/// at the end.
/// </summary>
internal sealed class EndingMeasures : IMeasureRule
{
    public void Observe(in HistoryEntry entry, DateOnly date, CaseTrack track, Tally tally)
    {
        if (!track.Ends(entry))
        {
            return;
        }

        var reason = track.EndingReason(entry);
        var steppedUp = entry.To == CaseState.SteppedUp;
        tally.Count(track.Area, date, PerformanceFramework.CasesClosed);
        tally.Count(track.Area, date, PerformanceFramework.CasesClosedByReason, (int)reason);
        tally.Rate(track.Area, date, PerformanceFramework.SteppedUpOfClosures, steppedUp);
        if (steppedUp)
        {
            tally.Count(track.Area, date, PerformanceFramework.SteppedUp);
            // Its denominator, the cases open at any point, is counted per period by OpenCaseMeasures.
            tally.Numerator(track.Area, date, PerformanceFramework.SteppedUpOfOpenCases);
        }

        if (track.AllocationLevel is { } atAllocation)
        {
            tally.Count(track.Area, date, PerformanceFramework.LevelAtAllocationAgainstClosure, PerformanceFramework.LevelPair(atAllocation, track.Level));
            tally.Rate(track.Area, date, PerformanceFramework.LevelLowerAtClosure, track.Level < atAllocation);
        }
    }
}
