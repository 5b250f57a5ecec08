namespace EarlyHelp.Workflows.Calendar;

/// <summary>
/// A day the council itself closes, beyond the bank holidays (for example the working days between
/// Christmas and New Year). It counts as a non-working day in every timescale (DESIGN.md, "Working days").
/// </summary>
/// <param name="Date">The day the council is closed.</param>
/// <param name="Description">Why, in the words staff see, e.g. "Christmas closure".</param>
public sealed record CouncilClosureDay(DateOnly Date, string Description);
