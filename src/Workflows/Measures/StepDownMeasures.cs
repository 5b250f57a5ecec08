using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// Cases stepped down from social care into Early Help, on the day of the step-down; and the panel's decisions,
/// those accepting the case into a locality out of all, on the day decided.
/// </summary>
internal sealed class StepDownMeasures : IMeasureRule
{
    public void Observe(in HistoryEntry entry, DateOnly date, CaseTrack track, Tally tally)
    {
        if (ReferenceEquals(entry.Type, FactTypes.SteppedDown))
        {
            tally.Count(track.Area, date, PerformanceFramework.SteppedDown);
        }
        else if (entry.Fact is PanelDecisionRecorded decision)
        {
            tally.Rate(track.Area, date, PerformanceFramework.StepDownsAccepted, decision.Outcome == PanelOutcome.AcceptToLocality);
        }
    }
}
