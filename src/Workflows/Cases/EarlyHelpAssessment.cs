using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Cases;

/// <summary>The case's Early Help Assessment.</summary>
/// <param name="StartedAt">When it started.</param>
/// <param name="CompletedAt">When it was completed with a plan; null while in progress.</param>
/// <param name="NeedsIdentified">The needs it found.</param>
public sealed record EarlyHelpAssessment(DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, IReadOnlyList<string> NeedsIdentified);

/// <summary>The family plan agreed at the end of the assessment.</summary>
/// <param name="Actions">Its actions, with owners and due dates.</param>
/// <param name="AgreedAt">When it was agreed.</param>
/// <param name="EndedAt">When it ended (consent withdrawn, step-up or closure); null while it runs.</param>
/// <param name="EndedBecause">Why it ended.</param>
public sealed record FamilyPlan(IReadOnlyList<PlanAction> Actions, DateTimeOffset AgreedAt, DateTimeOffset? EndedAt, string? EndedBecause)
{
    /// <summary>True while the plan runs.</summary>
    public bool IsActive => EndedAt is null;
}
