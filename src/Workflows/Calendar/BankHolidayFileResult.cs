namespace EarlyHelp.Workflows.Calendar;

/// <summary>What reading a bank holiday file found: the England and Wales holidays, or what is wrong with the file.</summary>
public sealed class BankHolidayFileResult
{
    private BankHolidayFileResult(IReadOnlyList<BankHoliday> holidays, IReadOnlyList<string> errors)
    {
        Holidays = holidays;
        Errors = errors;
    }

    /// <summary>True when the file could be read and has no errors.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The England and Wales bank holidays in date order; empty when the file has errors.</summary>
    public IReadOnlyList<BankHoliday> Holidays { get; }

    /// <summary>
    /// Every problem found, each saying where it is and what is wrong, e.g.
    /// <c>england-and-wales.events[12].date: "2026-13-01" is not a date (yyyy-MM-dd)</c>; empty when valid.
    /// </summary>
    public IReadOnlyList<string> Errors { get; }

    internal static BankHolidayFileResult Valid(IReadOnlyList<BankHoliday> holidays) => new(holidays, []);

    internal static BankHolidayFileResult Invalid(IReadOnlyList<string> errors) => new([], errors);
}
