namespace EarlyHelp.Workflows.Cases.Facts;

/// <summary>The lead practitioner asks to close the case.</summary>
/// <param name="Reason">The closure reason code.</param>
/// <param name="FamilyViews">What the family said about the support and the closure.</param>
/// <param name="ChildViews">What the child said (the voice of the child).</param>
public sealed record ClosureRequested(ClosureReason Reason, string FamilyViews, string ChildViews);

/// <summary>A team manager signs off the closure.</summary>
/// <param name="Note">The manager's comment.</param>
public sealed record ClosureSignedOff(string? Note);

/// <summary>Why an episode ended; the reports count closures by these.</summary>
public enum ClosureReason
{
    /// <summary>The plan's outcomes were met.</summary>
    OutcomesMet,

    /// <summary>Support continues from a single agency or universal services.</summary>
    StepDownToUniversal,

    /// <summary>The family withdrew consent.</summary>
    ConsentWithdrawn,

    /// <summary>The family stopped engaging.</summary>
    FamilyDisengaged,

    /// <summary>The family moved out of the area.</summary>
    MovedAway,

    /// <summary>Stepped up to children's social care (set by the step-up itself).</summary>
    SteppedUp,

    /// <summary>Triage: one agency meets the need.</summary>
    SingleAgency,

    /// <summary>Triage: signposted to other services.</summary>
    Signposted,

    /// <summary>Triage: no further action.</summary>
    NoFurtherAction,

    /// <summary>Any other reason.</summary>
    Other,
}
