namespace EarlyHelp.Workflows.Calendar;

/// <summary>
/// A working-day question about a year the calendar's bank holiday list does not cover. The calendar
/// refuses rather than count that year as if it had no bank holidays; the council imports the newer
/// official list (https://www.gov.uk/bank-holidays.json) to cover it.
/// </summary>
public sealed class CalendarCoverageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="year">The year asked about (or reached by counting) that is not covered.</param>
    /// <param name="coversFrom">The first year the calendar covers.</param>
    /// <param name="coversTo">The last year the calendar covers.</param>
    /// <param name="question">What was asked, e.g. "counting 20 working days from 2027-12-20"; null to leave it out.</param>
    public CalendarCoverageException(int year, int coversFrom, int coversTo, string? question = null)
        : base(
            $"The working-day calendar has no bank holidays for {year}{(question is null ? "" : $" ({question})")}: " +
            $"it covers {coversFrom} to {coversTo} only. Import the newer official list of bank holidays " +
            $"({BankHolidayFile.OfficialAddress}) to count working days in {year}.")
    {
        Year = year;
        CoversFrom = coversFrom;
        CoversTo = coversTo;
    }

    /// <summary>The year that is not covered.</summary>
    public int Year { get; }

    /// <summary>The first year the calendar covers.</summary>
    public int CoversFrom { get; }

    /// <summary>The last year the calendar covers.</summary>
    public int CoversTo { get; }
}
