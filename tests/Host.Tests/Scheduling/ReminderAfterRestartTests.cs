using System.Globalization;
using EarlyHelp.Host.Scheduling;
using EarlyHelp.Host.Tests.Cases;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Workflows.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace EarlyHelp.Host.Tests.Scheduling;

/// <summary>
/// The daily check that sends review reminders is a trigger in Quartz's persistent store: one due while every
/// host is down fires when a host starts again, and the reminder goes once.
/// </summary>
public sealed class ReminderAfterRestartTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly Journey _journey = new();

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("sqlite");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_review_reminder_due_while_the_host_is_down_is_sent_once_after_it_starts_again()
    {
        // The daily check's schedule is set to a moment just after the first host stops (on the real clock,
        // which Quartz fires by). The journey's next review was due on 23 May 2026, so the reminder is due by then.
        var due = DateTimeOffset.UtcNow.AddSeconds(15);
        due = new DateTimeOffset(due.Year, due.Month, due.Day, due.Hour, due.Minute, due.Second, TimeSpan.Zero);
        (string, string)[] settings =
        [
            ("Scheduling:TimeZone", "UTC"),
            ("Scheduling:TimelinessCheckCron", string.Create(CultureInfo.InvariantCulture, $"{due.Second} {due.Minute} {due.Hour} * * ?")),
            ("Teams:north-team:Managers:0", "tm-9"),
        ];
        await using (var first = TestHost.Start(_database, settings))
        {
            await _database.NewStore().AddFamilyAsync(_journey.Family, CancellationToken.None);
            var reviewed = _journey.Open();
            _journey.ToReview(reviewed);
            await _database.NewStore().SaveCaseAsync(reviewed, CancellationToken.None);
            var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.Equal(due, (await scheduler.GetTrigger(SchedulingKeys.TimelinessCheckTrigger))!.NextFireTimeUtc);
        }

        Assert.True(DateTimeOffset.UtcNow < due, "The first host took too long to start and stop: the check was due before it stopped.");
        await Task.Delay(due - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1));
        await using (var down = _database.NewContext())
        {
            Assert.False(await down.Notifications.AnyAsync(n => n.Kind == NotificationKinds.ReviewReminder));
        }

        await using var second = TestHost.Start(_database, settings);

        await second.EventuallyAsync(db => db.JobRuns.AnyAsync(r => r.Job == "timeliness-check" && r.FinishedAt != null), TimeSpan.FromSeconds(60), "the missed daily check");
        await Task.Delay(TimeSpan.FromSeconds(1));
        var run = await second.QueryAsync(db => db.JobRuns.SingleAsync(r => r.Job == "timeliness-check"));
        Assert.Equal((JobRunOutcomes.Succeeded, JobRunReasons.Schedule), (run.Outcome, run.Reason));
        var reminders = await second.QueryAsync(db => db.Notifications.Where(n => n.Kind == NotificationKinds.ReviewReminder).Select(n => n.Recipient).ToListAsync());
        Assert.Equal([Journey.Practitioner.UserId, "tm-9"], reminders.Order(StringComparer.Ordinal));
    }
}
