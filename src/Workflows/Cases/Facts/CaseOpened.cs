namespace EarlyHelp.Workflows.Cases.Facts;

/// <summary>The first fact of every case: an episode opened from an enquiry about children of a family.</summary>
/// <param name="FamilyId">The family.</param>
/// <param name="ChildIds">The children the episode concerns (members of the family); at least one.</param>
/// <param name="Locality">The locality team area, for reports by locality.</param>
/// <param name="Enquiry">The enquiry that opened it.</param>
/// <param name="NewEpisodeReason">Why a new episode was opened although a child already had an open one; null when none was open.</param>
public sealed record CaseOpened(
    Guid FamilyId,
    IReadOnlyList<Guid> ChildIds,
    string Locality,
    Enquiry Enquiry,
    string? NewEpisodeReason);

/// <summary>A further enquiry about a child joins the open episode instead of opening another.</summary>
/// <param name="Enquiry">The enquiry.</param>
public sealed record EnquiryAdded(Enquiry Enquiry);
