namespace EarlyHelp.Workflows.Cases.Facts;

/// <summary>Consent to Early Help is recorded.</summary>
/// <param name="Status">Given, or partial (to some agencies or parts of the plan); withdrawal is its own fact.</param>
/// <param name="GivenBy">Who gave it.</param>
/// <param name="Note">What partial consent covers, or anything else to note.</param>
public sealed record ConsentRecorded(ConsentStatus Status, ConsentGiver GivenBy, string? Note);

/// <summary>Consent is withdrawn; the family plan ends.</summary>
/// <param name="WithdrawnBy">Who withdrew it.</param>
/// <param name="Reason">What the family said, if they gave a reason.</param>
public sealed record ConsentWithdrawn(ConsentGiver WithdrawnBy, string? Reason);

/// <summary>The state of the family's consent.</summary>
public enum ConsentStatus
{
    /// <summary>No consent recorded yet.</summary>
    NotRecorded,

    /// <summary>Consent given to the whole of Early Help.</summary>
    Given,

    /// <summary>Consent given to part of it (some agencies, some sharing).</summary>
    Partial,

    /// <summary>Consent withdrawn.</summary>
    Withdrawn,
}

/// <summary>Who can give or withdraw consent.</summary>
public enum ConsentGiver
{
    /// <summary>A parent with parental responsibility.</summary>
    Parent,

    /// <summary>A carer with parental responsibility.</summary>
    Carer,

    /// <summary>A young person judged competent to consent for themselves.</summary>
    CompetentYoungPerson,
}
