using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// Outcome measure readings completed, on the day recorded; and their direction of travel. A reading's direction
/// compares each domain's score with the same domain's previous score in the same measure in the case (domains
/// and measures by name, ignoring case; higher is better), as the case page shows it: improving when the scores
/// rose in total over the domains scored before. A reading with no domain scored before (the first) has no
/// direction and counts in neither part of the rate. Scores are generic numbers: no licensed scale is assumed.
/// </summary>
internal sealed class OutcomeReadingMeasures : IMeasureRule
{
    public void Observe(in HistoryEntry entry, DateOnly date, CaseTrack track, Tally tally)
    {
        if (entry.Fact is not OutcomeReadingsRecorded readings)
        {
            return;
        }

        tally.Count(track.Area, date, PerformanceFramework.OutcomeReadingsCompleted);
        var last = track.LastScores ??= [];
        var measure = readings.Measure.ToUpperInvariant();
        var compared = false;
        var change = 0L;
        foreach (var score in readings.Scores)
        {
            var key = (measure, score.Domain.ToUpperInvariant());
            if (last.TryGetValue(key, out var before))
            {
                compared = true;
                change += score.Score - before;
            }

            last[key] = score.Score;
        }

        if (compared)
        {
            tally.Rate(track.Area, date, PerformanceFramework.OutcomeReadingsImproving, change > 0);
        }
    }
}
