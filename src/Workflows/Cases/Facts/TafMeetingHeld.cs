namespace EarlyHelp.Workflows.Cases.Facts;

/// <summary>A Team Around the Family meeting was held.</summary>
/// <param name="HeldOn">The day of the meeting.</param>
/// <param name="AgenciesPresent">The agencies that attended.</param>
/// <param name="FamilyPresent">Whether the family attended.</param>
/// <param name="Summary">What was agreed.</param>
public sealed record TafMeetingHeld(DateOnly HeldOn, IReadOnlyList<AgencyType> AgenciesPresent, bool FamilyPresent, string? Summary);
