using EarlyHelp.Workflows.Calendar;
using static EarlyHelp.Workflows.Tests.Calendar.WorkingDayCalendarTests;

namespace EarlyHelp.Workflows.Tests.Calendar;

public class WorkingDayCalendarCoverageTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales();

    [Fact]
    public void The_snapshot_calendar_covers_2018_to_2027()
    {
        Assert.Equal(2018, Calendar.CoversFrom);
        Assert.Equal(2027, Calendar.CoversTo);
    }

    [Fact]
    public void Asking_about_a_day_after_the_covered_years_is_refused_naming_the_year_and_the_official_list()
    {
        var refusal = Assert.Throws<CalendarCoverageException>(() => Calendar.IsWorkingDay(Date("2028-01-04")));

        Assert.Equal(2028, refusal.Year);
        Assert.Equal(
            "The working-day calendar has no bank holidays for 2028 (asked about 2028-01-04): it covers 2018 to 2027 only. " +
            "Import the newer official list of bank holidays (https://www.gov.uk/bank-holidays.json) to count working days in 2028.",
            refusal.Message);
    }

    [Fact]
    public void Asking_why_a_day_before_the_covered_years_is_not_a_working_day_is_refused_even_on_a_weekend()
    {
        var refusal = Assert.Throws<CalendarCoverageException>(() => Calendar.NonWorkingReason(Date("2017-12-30")));

        Assert.Equal(2017, refusal.Year);
    }

    [Fact]
    public void A_count_that_runs_past_the_covered_years_is_refused_naming_the_year_it_reaches()
    {
        var refusal = Assert.Throws<CalendarCoverageException>(() => Calendar.AddWorkingDays(Date("2027-12-20"), 20));

        Assert.Equal(2028, refusal.Year);
        Assert.Contains("counting 20 working days from 2027-12-20", refusal.Message);
    }

    [Fact]
    public void A_count_back_before_the_covered_years_is_refused_naming_the_year_it_reaches()
    {
        var refusal = Assert.Throws<CalendarCoverageException>(() => Calendar.AddWorkingDays(Date("2018-01-10"), -10));

        Assert.Equal(2017, refusal.Year);
    }

    [Fact]
    public void A_count_up_to_the_last_covered_working_day_is_answered()
    {
        // Fri 24 Dec 2027; 25-26 Dec the weekend; 27 and 28 Dec the substitute days; Wed 29 Dec is day 1.
        Assert.Equal(Date("2027-12-29"), Calendar.AddWorkingDays(Date("2027-12-24"), 1));
        Assert.Equal(Date("2027-12-31"), Calendar.AddWorkingDays(Date("2027-12-24"), 3));
    }

    [Fact]
    public void A_count_from_the_last_covered_day_into_the_next_year_is_refused()
    {
        Assert.Throws<CalendarCoverageException>(() => Calendar.AddWorkingDays(Date("2027-12-31"), 1));
    }

    [Fact]
    public void Working_days_between_a_covered_and_an_uncovered_date_are_refused()
    {
        Assert.Throws<CalendarCoverageException>(() => Calendar.WorkingDaysBetween(Date("2027-12-01"), Date("2028-01-10")));
    }

    [Fact]
    public void A_huge_count_is_refused_as_outside_the_covered_years_not_overflowed()
    {
        Assert.Equal(2028, Assert.Throws<CalendarCoverageException>(() => Calendar.AddWorkingDays(Date("2025-01-01"), int.MaxValue)).Year);
        Assert.Equal(2017, Assert.Throws<CalendarCoverageException>(() => Calendar.AddWorkingDays(Date("2025-01-01"), int.MinValue)).Year);
    }

    [Fact]
    public void Calendar_weeks_need_no_bank_holidays_so_they_count_past_the_covered_years()
    {
        Assert.Equal(Date("2028-01-21"), Calendar.AddCalendarWeeks(Date("2027-12-10"), 6));
    }

    [Fact]
    public void A_bank_holiday_list_with_a_year_missing_in_the_middle_is_refused()
    {
        var holidays = BankHolidayFile.Snapshot.Where(h => h.Date.Year != 2021);

        var refusal = Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(holidays));

        Assert.Contains("no bank holidays in 2021", refusal.Message);
    }

    [Fact]
    public void A_bank_holiday_list_with_a_date_twice_is_refused()
    {
        var holidays = BankHolidayFile.Snapshot.Append(new BankHoliday(Date("2025-12-25"), "Christmas Day"));

        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(holidays));
    }

    [Fact]
    public void Closure_days_with_a_date_twice_are_refused()
    {
        var closures = ChristmasClosure2025.Append(new CouncilClosureDay(Date("2025-12-31"), "New Year's Eve"));

        Assert.Throws<ArgumentException>(() => WorkingDayCalendar.EnglandAndWales(closures));
    }
}
