using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// One event of a case's history as the measures read it: the case, the event type, the state after it, when it
/// happened, and its fact. The fact is needed only for the types in <see cref="MeasureAccumulator.FactsRead"/>;
/// for the others it may be null, so a store can skip reading them.
/// </summary>
/// <param name="CaseId">The case (episode).</param>
/// <param name="Type">The event type.</param>
/// <param name="To">The state after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Fact">The fact, or null when its type is not one the measures read.</param>
public readonly record struct HistoryEntry(Guid CaseId, CaseEventType Type, CaseState To, DateTimeOffset At, object? Fact)
{
    /// <summary>The entry for a case event.</summary>
    /// <param name="caseEvent">The event.</param>
    /// <exception cref="ArgumentException">The event's type is unknown.</exception>
    public static HistoryEntry Of(CaseEvent caseEvent)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        var type = CaseEventTypes.ForKey(caseEvent.Type) ?? throw new ArgumentException($"Unknown event type '{caseEvent.Type}'.", nameof(caseEvent));
        return new HistoryEntry(caseEvent.CaseId, type, caseEvent.To, caseEvent.At, caseEvent.Data);
    }
}
