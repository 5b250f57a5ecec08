namespace EarlyHelp.Workflows.Cases.Facts;

/// <summary>A lead practitioner is allocated to the case; the previous allocation, if any, ends.</summary>
/// <param name="PractitionerId">The practitioner's user identifier.</param>
/// <param name="TeamId">The locality team they work in.</param>
public sealed record LeadPractitionerAllocated(string PractitionerId, string TeamId);
