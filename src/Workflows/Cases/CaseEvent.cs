namespace EarlyHelp.Workflows.Cases;

/// <summary>
/// One entry of a case's append-only history: a transition or a recorded fact, with who, when, what,
/// and the states before and after. The case is rebuilt from these; reports and audit read them.
/// </summary>
/// <param name="CaseId">The case.</param>
/// <param name="Sequence">1 for the opening fact, then one more per event; also the case's version after it.</param>
/// <param name="Type">The stable event type key (for example "consent-recorded"); see <see cref="CaseEventTypes"/>.</param>
/// <param name="From">The state before; null for the opening fact.</param>
/// <param name="To">The state after.</param>
/// <param name="By">Who.</param>
/// <param name="At">When.</param>
/// <param name="Data">The fact (one of the records in <c>EarlyHelp.Workflows.Cases.Facts</c>).</param>
public sealed record CaseEvent(
    Guid CaseId,
    int Sequence,
    string Type,
    CaseState? From,
    CaseState To,
    Actor By,
    DateTimeOffset At,
    object Data);
