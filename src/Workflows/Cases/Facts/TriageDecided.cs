namespace EarlyHelp.Workflows.Cases.Facts;

/// <summary>The triage officer's decision on an enquiry.</summary>
/// <param name="Outcome">What happens next.</param>
/// <param name="LevelOfNeed">The level of need triage judged.</param>
/// <param name="Rationale">Why, in the officer's words.</param>
public sealed record TriageDecided(TriageOutcome Outcome, LevelOfNeed LevelOfNeed, string Rationale);

/// <summary>The outcomes of triage.</summary>
public enum TriageOutcome
{
    /// <summary>Multi-agency Early Help with a lead practitioner: the case moves to allocation.</summary>
    EarlyHelp,

    /// <summary>One agency can meet the need; the enquiry closes.</summary>
    SingleAgency,

    /// <summary>The family is signposted to universal or community services; the enquiry closes.</summary>
    Signpost,

    /// <summary>No further action; the enquiry closes.</summary>
    NoFurtherAction,

    /// <summary>Referred to children's social care: the case steps up.</summary>
    ReferToSocialCare,
}
