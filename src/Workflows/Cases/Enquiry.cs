namespace EarlyHelp.Workflows.Cases;

/// <summary>A request for support about one or more children of a family.</summary>
/// <param name="Id">The enquiry's identifier.</param>
/// <param name="Referrer">Who asked.</param>
/// <param name="ReceivedAt">When it was received; working-day timescales count from this date.</param>
/// <param name="NeedsCategories">The needs it describes, as the council's category codes (for example "school-attendance").</param>
/// <param name="LevelOfNeed">The level of need the referrer or the front door judged.</param>
/// <param name="Urgency">How soon triage must decide.</param>
/// <param name="Consent">Whether the family consented to the enquiry being made.</param>
public sealed record Enquiry(
    Guid Id,
    Referrer Referrer,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<string> NeedsCategories,
    LevelOfNeed LevelOfNeed,
    Urgency Urgency,
    EnquiryConsent Consent);

/// <summary>The person or agency who made an enquiry.</summary>
/// <param name="Agency">The kind of agency.</param>
/// <param name="Organisation">The organisation's name (a school, a surgery, a police team).</param>
/// <param name="ContactName">The professional to reply to; null for a family's own request.</param>
public sealed record Referrer(AgencyType Agency, string Organisation, string? ContactName);

/// <summary>The kinds of agency that make enquiries; the reports count enquiries by these.</summary>
public enum AgencyType
{
    /// <summary>A school or college.</summary>
    School,

    /// <summary>A nursery or other early years setting.</summary>
    EarlyYears,

    /// <summary>Health: GP, health visitor, school nurse, hospital, mental health.</summary>
    Health,

    /// <summary>The police.</summary>
    Police,

    /// <summary>The family asking for themselves.</summary>
    Family,

    /// <summary>Children's social care.</summary>
    SocialCare,

    /// <summary>Housing providers.</summary>
    Housing,

    /// <summary>Voluntary and community sector organisations.</summary>
    VoluntarySector,

    /// <summary>Anyone else.</summary>
    Other,
}

/// <summary>How soon triage must decide (DESIGN.md: 3 working days, urgent 1).</summary>
public enum Urgency
{
    /// <summary>Decided within the standard timescale.</summary>
    Standard,

    /// <summary>Decided within the urgent timescale.</summary>
    Urgent,
}

/// <summary>The family's consent to the enquiry itself, as the referrer reported it.</summary>
public enum EnquiryConsent
{
    /// <summary>The family agreed to the enquiry.</summary>
    Given,

    /// <summary>Consent has not been asked yet.</summary>
    NotSought,

    /// <summary>The family did not agree.</summary>
    Refused,
}
