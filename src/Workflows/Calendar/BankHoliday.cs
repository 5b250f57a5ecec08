namespace EarlyHelp.Workflows.Calendar;

/// <summary>One England and Wales bank holiday, as the official list gives it (https://www.gov.uk/bank-holidays.json).</summary>
/// <param name="Date">The day off. For a substitute day this is the substitute, not the date the holiday fell on.</param>
/// <param name="Title">The holiday's name, e.g. "Christmas Day".</param>
/// <param name="Notes">The official list's notes, e.g. "Substitute day"; empty when there are none.</param>
public sealed record BankHoliday(DateOnly Date, string Title, string Notes = "");
