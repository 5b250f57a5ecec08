using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Cases;

/// <summary>What a change to a case did: accepted with the event it recorded, or refused with reasons and no change.</summary>
/// <param name="Outcome">The lifecycle's answer.</param>
/// <param name="Event">The event recorded; null when refused.</param>
public sealed record CaseResult(FireResult<CaseState, CaseTrigger> Outcome, CaseEvent? Event)
{
    /// <summary>True when the change was made.</summary>
    public bool IsAccepted => Outcome.IsAccepted;

    /// <summary>Why it was refused; null when accepted.</summary>
    public string? Reason => Outcome.Reason;
}
