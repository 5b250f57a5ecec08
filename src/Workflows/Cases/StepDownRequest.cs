using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Cases;

/// <summary>A request to the step-down panel and what became of it.</summary>
/// <param name="Request">The request.</param>
/// <param name="RequestedAt">When it was made.</param>
/// <param name="Decision">The panel's decision; null while it waits for the panel.</param>
/// <param name="DecidedAt">When the panel decided.</param>
/// <param name="SteppedDownAt">When the case stepped down on it; null until then.</param>
public sealed record StepDownRequest(
    StepDownRequested Request,
    DateTimeOffset RequestedAt,
    PanelDecisionRecorded? Decision,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? SteppedDownAt)
{
    /// <summary>True while the request waits for the panel.</summary>
    public bool IsWaitingForPanel => Decision is null;

    /// <summary>True when the panel accepted it and the case has not yet stepped down on it.</summary>
    public bool IsAcceptedAndWaiting => Decision?.Outcome == PanelOutcome.AcceptToLocality && SteppedDownAt is null;
}
