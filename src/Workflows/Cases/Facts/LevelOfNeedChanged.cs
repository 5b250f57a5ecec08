namespace EarlyHelp.Workflows.Cases.Facts;

/// <summary>The level of need changed.</summary>
/// <param name="LevelOfNeed">The new level.</param>
/// <param name="Reason">What changed.</param>
public sealed record LevelOfNeedChanged(LevelOfNeed LevelOfNeed, string Reason);

/// <summary>
/// A manager decided to keep the case in Early Help although a step-up decision was required (for
/// example, children's social care judged the threshold not met).
/// </summary>
/// <param name="AgreedLevelOfNeed">The level of need agreed; at or below the Early Help ceiling.</param>
/// <param name="Reason">Why the case stays in Early Help.</param>
public sealed record StepUpDeclined(LevelOfNeed AgreedLevelOfNeed, string Reason);

/// <summary>The case steps up to children's social care; the Early Help episode ends with the reason "stepped up".</summary>
/// <param name="Reason">Why.</param>
/// <param name="SocialCareReference">The social care record's reference, when known.</param>
public sealed record SteppedUp(string Reason, string? SocialCareReference);
