namespace EarlyHelp.Workflows.Measures;

/// <summary>One measure's rule, or one family's: reads a case's events in order and adds to the tally.</summary>
internal interface IMeasureRule
{
    /// <summary>Reads one event; <paramref name="track"/> is the case as it was before it.</summary>
    void Observe(in HistoryEntry entry, DateOnly date, CaseTrack track, Tally tally);

    /// <summary>Called once the case's last event has been read.</summary>
    void Finish(CaseTrack track, Tally tally)
    {
    }
}
