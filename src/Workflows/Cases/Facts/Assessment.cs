namespace EarlyHelp.Workflows.Cases.Facts;

/// <summary>The Early Help Assessment starts.</summary>
/// <param name="Note">Anything to note about how it started (for example "home visit arranged").</param>
public sealed record AssessmentStarted(string? Note);

/// <summary>The Early Help Assessment is completed and the family plan agreed.</summary>
/// <param name="LevelOfNeed">The level of need the assessment found.</param>
/// <param name="NeedsIdentified">The needs the assessment found, as category codes.</param>
/// <param name="Plan">The family plan's actions; at least one.</param>
public sealed record AssessmentCompleted(LevelOfNeed LevelOfNeed, IReadOnlyList<string> NeedsIdentified, IReadOnlyList<PlanAction> Plan);

/// <summary>The family plan's actions are replaced by a new list (progress, new actions, dropped ones).</summary>
/// <param name="Plan">The plan's actions after the change; at least one.</param>
public sealed record FamilyPlanUpdated(IReadOnlyList<PlanAction> Plan);

/// <summary>One action of a family plan.</summary>
/// <param name="Id">Identifies the action across updates.</param>
/// <param name="Description">What will be done.</param>
/// <param name="Owner">Who will do it (a person or an agency).</param>
/// <param name="DueOn">By when.</param>
/// <param name="Status">Where it stands.</param>
public sealed record PlanAction(Guid Id, string Description, string Owner, DateOnly DueOn, PlanActionStatus Status);

/// <summary>Where a plan action stands.</summary>
public enum PlanActionStatus
{
    /// <summary>Not done yet.</summary>
    Open,

    /// <summary>Done.</summary>
    Done,

    /// <summary>No longer needed.</summary>
    Dropped,
}
