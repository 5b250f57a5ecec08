using EarlyHelp.Workflows.Calendar;
using static EarlyHelp.Workflows.Tests.Calendar.WorkingDayCalendarTests;

namespace EarlyHelp.Workflows.Tests.Calendar;

public class WorkingDayCalendarVersionTests
{
    [Fact]
    public void The_snapshot_calendar_has_a_stable_version()
    {
        Assert.Equal("ew-2018-2027+closures:0/509983148b65", WorkingDayCalendar.EnglandAndWales().Version);
    }

    [Fact]
    public void The_same_holidays_and_closures_give_the_same_version_in_any_order()
    {
        var one = new WorkingDayCalendar(BankHolidayFile.Snapshot, ChristmasClosure2025);
        var other = new WorkingDayCalendar(BankHolidayFile.Snapshot.Reverse(), ChristmasClosure2025.Reverse());

        Assert.Equal(one.Version, other.Version);
    }

    [Fact]
    public void Closure_days_change_the_version_and_are_counted_in_it()
    {
        var version = WorkingDayCalendar.EnglandAndWales(ChristmasClosure2025).Version;

        Assert.NotEqual(WorkingDayCalendar.EnglandAndWales().Version, version);
        Assert.StartsWith("ew-2018-2027+closures:3/", version);
    }

    [Fact]
    public void Moving_one_closure_day_changes_the_version()
    {
        var moved = ChristmasClosure2025.Take(2).Append(new CouncilClosureDay(Date("2026-01-02"), "Christmas closure"));

        Assert.NotEqual(WorkingDayCalendar.EnglandAndWales(ChristmasClosure2025).Version, WorkingDayCalendar.EnglandAndWales(moved).Version);
    }

    [Fact]
    public void Renaming_a_closure_day_changes_no_count_so_keeps_the_version()
    {
        var renamed = ChristmasClosure2025.Select(c => c with { Description = "Winter closure" });

        Assert.Equal(WorkingDayCalendar.EnglandAndWales(ChristmasClosure2025).Version, WorkingDayCalendar.EnglandAndWales(renamed).Version);
    }

    [Fact]
    public void A_newer_bank_holiday_list_changes_the_covered_years_in_the_version()
    {
        var newer = BankHolidayFile.Snapshot.Append(new BankHoliday(Date("2028-01-03"), "New Year’s Day", "Substitute day"));

        Assert.StartsWith("ew-2018-2028+closures:0/", new WorkingDayCalendar(newer).Version);
    }

    [Fact]
    public void Moving_one_bank_holiday_changes_the_version_but_not_the_covered_years()
    {
        var moved = BankHolidayFile.Snapshot.Select(h => h.Date == Date("2026-05-25") ? h with { Date = Date("2026-05-26") } : h);

        var version = new WorkingDayCalendar(moved).Version;

        Assert.StartsWith("ew-2018-2027+closures:0/", version);
        Assert.NotEqual(WorkingDayCalendar.EnglandAndWales().Version, version);
    }
}
