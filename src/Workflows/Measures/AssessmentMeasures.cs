namespace EarlyHelp.Workflows.Measures;

/// <summary>EHAs started and completed with a family plan, each on the day it was recorded.</summary>
internal sealed class AssessmentMeasures : IMeasureRule
{
    public void Observe(in HistoryEntry entry, DateOnly date, CaseTrack track, Tally tally)
    {
        if (ReferenceEquals(entry.Type, FactTypes.AssessmentStarted))
        {
            tally.Count(track.Area, date, PerformanceFramework.EhasStarted);
        }
        else if (ReferenceEquals(entry.Type, FactTypes.AssessmentCompleted))
        {
            tally.Count(track.Area, date, PerformanceFramework.EhasCompleted);
        }
    }
}
