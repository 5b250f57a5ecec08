namespace EarlyHelp.Workflows.Cases.Facts;

/// <summary>Children's social care asks the step-down panel to move the case to Early Help.</summary>
/// <param name="RequestId">Identifies the request on the panel's agenda.</param>
/// <param name="Reason">Why social care thinks Early Help can now meet the need.</param>
/// <param name="SocialCareReference">The social care record's reference.</param>
public sealed record StepDownRequested(Guid RequestId, string Reason, string? SocialCareReference);

/// <summary>The step-down panel's decision on a request.</summary>
/// <param name="RequestId">The request decided.</param>
/// <param name="Outcome">The decision.</param>
/// <param name="LocalityTeam">The locality team that takes the case, when accepted.</param>
/// <param name="Partner">The partner agency recommended, when recommended to a partner.</param>
/// <param name="Reason">Why; required when declined.</param>
public sealed record PanelDecisionRecorded(Guid RequestId, PanelOutcome Outcome, string? LocalityTeam, string? Partner, string? Reason);

/// <summary>The decisions the step-down panel can make.</summary>
public enum PanelOutcome
{
    /// <summary>Accepted into Early Help, to a locality team.</summary>
    AcceptToLocality,

    /// <summary>Recommended to a partner agency instead.</summary>
    RecommendToPartner,

    /// <summary>Declined, with a reason.</summary>
    Decline,
}

/// <summary>The case steps down into Early Help after the panel accepted it.</summary>
/// <param name="RequestId">The accepted request.</param>
/// <param name="LeadPractitionerId">The named lead practitioner.</param>
/// <param name="TeamId">The lead practitioner's locality team.</param>
/// <param name="AgreedLevelOfNeed">The level of need agreed at the handover; within the Early Help ceiling.</param>
public sealed record SteppedDown(Guid RequestId, string LeadPractitionerId, string TeamId, LevelOfNeed AgreedLevelOfNeed);
