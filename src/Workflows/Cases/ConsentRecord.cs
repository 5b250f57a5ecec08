using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Cases;

/// <summary>One entry of the case's consent history.</summary>
/// <param name="Status">Given, partial or withdrawn.</param>
/// <param name="By">Who gave or withdrew it.</param>
/// <param name="At">When.</param>
/// <param name="Note">What partial consent covers, or the family's reason for withdrawing.</param>
public sealed record ConsentRecord(ConsentStatus Status, ConsentGiver By, DateTimeOffset At, string? Note);
