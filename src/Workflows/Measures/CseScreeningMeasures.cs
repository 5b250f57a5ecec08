using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Measures;

/// <summary>CSE screenings (one per child screened) on the day recorded, and those judged medium or high risk out of them.</summary>
internal sealed class CseScreeningMeasures : IMeasureRule
{
    public void Observe(in HistoryEntry entry, DateOnly date, CaseTrack track, Tally tally)
    {
        if (entry.Fact is CseScreeningRecorded screening)
        {
            tally.Count(track.Area, date, PerformanceFramework.CseScreenings);
            tally.Rate(track.Area, date, PerformanceFramework.CseScreeningsMediumOrHigh, screening.Risk is CseRisk.Medium or CseRisk.High);
        }
    }
}
