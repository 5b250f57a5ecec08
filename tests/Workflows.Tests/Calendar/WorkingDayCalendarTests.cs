using EarlyHelp.Workflows.Calendar;

namespace EarlyHelp.Workflows.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales();

    [Fact]
    public void Twenty_working_days_from_15_December_2025_skip_Christmas_Day_Boxing_Day_and_New_Years_Day()
    {
        // Mon 15 Dec is day 0. 16-19 Dec: 1-4; 22-24 Dec: 5-7; Thu 25 and Fri 26 Dec: holidays; 29-31 Dec: 8-10;
        // Thu 1 Jan: holiday; Fri 2 Jan: 11; 5-9 Jan: 12-16; 12-15 Jan: 17-20.
        Assert.Equal(Date("2026-01-15"), Calendar.AddWorkingDays(Date("2025-12-15"), 20));
    }

    [Fact]
    public void Five_working_days_from_Wednesday_1_April_2026_skip_Good_Friday_and_Easter_Monday()
    {
        // Wed 1 Apr is day 0. Thu 2 Apr: 1; Fri 3 Apr: Good Friday; 4-5 Apr: weekend; Mon 6 Apr: Easter Monday;
        // Tue 7 Apr: 2; Wed 8: 3; Thu 9: 4; Fri 10: 5.
        Assert.Equal(Date("2026-04-10"), Calendar.AddWorkingDays(Date("2026-04-01"), 5));
    }

    [Theory]
    [InlineData("2026-04-03", "Good Friday")]
    [InlineData("2026-04-06", "Easter Monday")]
    [InlineData("2022-12-26", "Boxing Day")]
    [InlineData("2022-12-27", "Christmas Day")]
    [InlineData("2022-06-03", "Platinum Jubilee bank holiday")]
    [InlineData("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II")]
    [InlineData("2023-05-08", "Bank holiday for the coronation of King Charles III")]
    [InlineData("2020-05-08", "Early May bank holiday (VE day)")]
    public void Bank_holidays_including_substitute_and_one_off_days_are_not_working_days_and_name_the_holiday(string date, string title)
    {
        Assert.False(Calendar.IsWorkingDay(Date(date)));
        Assert.Equal(title, Calendar.NonWorkingReason(Date(date)));
    }

    [Fact]
    public void The_Monday_after_Christmas_Day_on_a_Sunday_is_not_moved_twice_so_the_Wednesday_is_a_working_day()
    {
        // 2022: Christmas Day fell on a Sunday; Boxing Day is Monday 26, its substitute for Christmas Day is Tuesday 27.
        Assert.True(Calendar.IsWorkingDay(Date("2022-12-28")));
    }

    [Theory]
    [InlineData("2026-01-10", "Saturday")]
    [InlineData("2026-01-11", "Sunday")]
    public void Weekends_are_not_working_days_and_say_which_day(string date, string reason)
    {
        Assert.False(Calendar.IsWorkingDay(Date(date)));
        Assert.Equal(reason, Calendar.NonWorkingReason(Date(date)));
    }

    [Fact]
    public void An_ordinary_weekday_is_a_working_day_with_no_reason()
    {
        Assert.True(Calendar.IsWorkingDay(Date("2026-01-12")));
        Assert.Null(Calendar.NonWorkingReason(Date("2026-01-12")));
    }

    [Theory]
    [InlineData("2026-01-12")]
    [InlineData("2026-01-10")]
    [InlineData("2025-12-25")]
    public void Zero_working_days_from_any_start_is_the_start_itself(string start)
    {
        Assert.Equal(Date(start), Calendar.AddWorkingDays(Date(start), 0));
    }

    [Fact]
    public void From_a_Saturday_the_next_working_day_is_day_1_and_the_previous_one_is_day_minus_1()
    {
        Assert.Equal(Date("2026-01-12"), Calendar.AddWorkingDays(Date("2026-01-10"), 1));
        Assert.Equal(Date("2026-01-09"), Calendar.AddWorkingDays(Date("2026-01-10"), -1));
    }

    [Fact]
    public void From_Christmas_Day_the_next_working_day_is_day_1_and_the_previous_one_is_day_minus_1()
    {
        // Thu 25 Dec 2025 is day 0; Fri 26 is Boxing Day, 27-28 the weekend; Wed 24 is the working day before.
        Assert.Equal(Date("2025-12-29"), Calendar.AddWorkingDays(Date("2025-12-25"), 1));
        Assert.Equal(Date("2025-12-24"), Calendar.AddWorkingDays(Date("2025-12-25"), -1));
    }

    [Fact]
    public void Negative_counts_go_back_over_the_same_holidays()
    {
        Assert.Equal(Date("2025-12-15"), Calendar.AddWorkingDays(Date("2026-01-15"), -20));
        Assert.Equal(Date("2026-04-01"), Calendar.AddWorkingDays(Date("2026-04-10"), -5));
    }

    [Fact]
    public void Working_days_between_counts_after_the_start_up_to_and_including_the_end()
    {
        Assert.Equal(20, Calendar.WorkingDaysBetween(Date("2025-12-15"), Date("2026-01-15")));
        Assert.Equal(0, Calendar.WorkingDaysBetween(Date("2026-01-12"), Date("2026-01-12")));
        Assert.Equal(1, Calendar.WorkingDaysBetween(Date("2026-01-09"), Date("2026-01-12")));
    }

    [Fact]
    public void Working_days_between_is_negative_when_the_end_is_before_the_start()
    {
        Assert.Equal(-20, Calendar.WorkingDaysBetween(Date("2026-01-15"), Date("2025-12-15")));
    }

    [Fact]
    public void Working_days_between_does_not_count_a_non_working_start_in_either_direction()
    {
        // Sat 10 Jan 2026 is day 0 both ways: Friday is day -1 back from it, but only day 0 forward from Friday.
        Assert.Equal(-1, Calendar.WorkingDaysBetween(Date("2026-01-10"), Date("2026-01-09")));
        Assert.Equal(0, Calendar.WorkingDaysBetween(Date("2026-01-09"), Date("2026-01-10")));
        Assert.Equal(1, Calendar.WorkingDaysBetween(Date("2026-01-10"), Date("2026-01-12")));
    }

    [Fact]
    public void Working_days_between_undoes_adding_working_days_from_every_start_in_2025_and_2026()
    {
        for (var start = Date("2025-01-01"); start <= Date("2026-12-31"); start = start.AddDays(1))
        {
            for (var n = -25; n <= 25; n++)
            {
                var end = Calendar.AddWorkingDays(start, n);
                Assert.True(n == Calendar.WorkingDaysBetween(start, end), $"{start:yyyy-MM-dd} + {n} = {end:yyyy-MM-dd}");
            }
        }
    }

    [Fact]
    public void Adding_working_days_agrees_with_counting_one_day_at_a_time()
    {
        for (var start = Date("2019-01-01"); start <= Date("2026-12-31"); start = start.AddDays(1))
        {
            for (var n = -25; n <= 25; n++)
            {
                Assert.True(CountOneDayAtATime(start, n) == Calendar.AddWorkingDays(start, n), $"{start:yyyy-MM-dd} + {n}");
            }
        }
    }

    [Fact]
    public void Council_closure_days_are_skipped_and_named()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales(ChristmasClosure2025);

        // As in the first test, but 29-31 Dec are closed too: Fri 2 Jan is day 8, 5-9 Jan 9-13, 12-16 Jan 14-18,
        // Mon 19 Jan 19, Tue 20 Jan 20.
        Assert.Equal(Date("2026-01-20"), calendar.AddWorkingDays(Date("2025-12-15"), 20));
        Assert.Equal("Christmas closure", calendar.NonWorkingReason(Date("2025-12-30")));
    }

    [Fact]
    public void A_closure_on_a_bank_holiday_is_named_by_the_bank_holiday()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales([new CouncilClosureDay(Date("2025-12-26"), "Christmas closure")]);

        Assert.Equal("Boxing Day", calendar.NonWorkingReason(Date("2025-12-26")));
    }

    [Fact]
    public void Calendar_weeks_count_seven_days_each_and_are_not_moved_off_a_holiday()
    {
        Assert.Equal(Date("2026-01-26"), Calendar.AddCalendarWeeks(Date("2025-12-15"), 6));
        Assert.Equal(Date("2025-12-25"), Calendar.AddCalendarWeeks(Date("2025-11-13"), 6));
        Assert.Equal(Date("2025-12-01"), Calendar.AddCalendarWeeks(Date("2025-12-15"), -2));
    }

    [Fact]
    public void Counting_working_days_allocates_nothing()
    {
        var start = Date("2025-12-15");
        Calendar.AddWorkingDays(start, 20);
        Calendar.WorkingDaysBetween(start, Date("2026-01-15"));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100_000; i++)
        {
            Calendar.WorkingDaysBetween(start, Calendar.AddWorkingDays(start.AddDays(i % 500), 20));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void The_England_and_Wales_calendar_without_closures_is_built_once()
    {
        Assert.Same(WorkingDayCalendar.EnglandAndWales(), WorkingDayCalendar.EnglandAndWales([]));
    }

    internal static IReadOnlyList<CouncilClosureDay> ChristmasClosure2025 { get; } =
    [
        new(Date("2025-12-29"), "Christmas closure"),
        new(Date("2025-12-30"), "Christmas closure"),
        new(Date("2025-12-31"), "Christmas closure"),
    ];

    internal static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    /// <summary>The rule in DESIGN.md, "Working days", done the slow way: step one day at a time, count only working days.</summary>
    private static DateOnly CountOneDayAtATime(DateOnly start, int days)
    {
        var step = Math.Sign(days);
        var day = start;
        for (var counted = 0; counted != days;)
        {
            day = day.AddDays(step);
            if (Calendar.IsWorkingDay(day))
            {
                counted += step;
            }
        }

        return day;
    }
}
