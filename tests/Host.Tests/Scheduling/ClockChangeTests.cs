using EarlyHelp.Host.Scheduling;
using EarlyHelp.Workflows.Runtime;
using Quartz;

namespace EarlyHelp.Host.Tests.Scheduling;

/// <summary>
/// UK clock changes neither skip nor double a daily or weekly job: the schedules are read on the council's
/// clock. Walks the fire times the configured schedules give across the March and October changes of 2026.
/// </summary>
public class ClockChangeTests
{
    private static readonly DateTimeOffset BeforeMarch = new(2026, 3, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BeforeOctober = new(2026, 10, 22, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0 15 3 * * ?")]
    [InlineData("0 30 1 * * ?")]
    [InlineData("0 0 2 * * ?")]
    public void A_daily_job_runs_once_on_each_day_across_both_clock_changes(string cron)
    {
        var schedule = new ScheduleOptions { DailyReconciliationCron = cron }.DailyReconciliation();

        foreach (var start in new[] { BeforeMarch, BeforeOctober })
        {
            var days = FireTimes(schedule, start, 8).Select(CouncilTime.DateOf).ToList();

            Assert.Equal(days.Distinct().Count(), days.Count);
            Assert.Equal(Enumerable.Range(1, 8).Select(i => CouncilTime.DateOf(start).AddDays(i)), days);
        }
    }

    [Fact]
    public void The_daily_reconciliation_runs_at_quarter_past_three_on_the_councils_clock_in_summer_and_winter()
    {
        var schedule = new ScheduleOptions().DailyReconciliation();

        var times = FireTimes(schedule, BeforeMarch, 5).Concat(FireTimes(schedule, BeforeOctober, 5));

        Assert.All(times, t => Assert.Equal(new TimeOnly(3, 15), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, CouncilTime.Zone).DateTime)));
    }

    [Fact]
    public void The_panel_agenda_goes_every_Monday_at_nine_on_the_councils_clock_across_both_clock_changes()
    {
        var schedule = new ScheduleOptions().PanelAgenda();

        var march = FireTimes(schedule, BeforeMarch, 2);
        var october = FireTimes(schedule, BeforeOctober, 2);

        Assert.Equal([new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 4, 6, 8, 0, 0, TimeSpan.Zero)], march);
        Assert.Equal([new DateTimeOffset(2026, 10, 26, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero)], october);
    }

    private static List<DateTimeOffset> FireTimes(CronExpression schedule, DateTimeOffset after, int count)
    {
        var times = new List<DateTimeOffset>();
        for (var at = after; times.Count < count;)
        {
            at = schedule.GetNextValidTimeAfter(at)!.Value;
            times.Add(at);
        }

        return times;
    }
}
