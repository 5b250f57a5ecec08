using EarlyHelp.Host.Scheduling;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Workflows.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace EarlyHelp.Host.Tests.Notifications;

/// <summary>Queued notifications are delivered by a recurring Quartz job, whose one trigger survives restarts.</summary>
public sealed class NotificationDeliveryJobTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("sqlite");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_delivery_job_has_one_trigger_every_minute_across_restarts()
    {
        await using (TestHost.Start(_database))
        {
        }

        await using var host = TestHost.Start(_database);

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.True(await scheduler.Exists(SchedulingKeys.NotificationDeliveryTrigger));
        var trigger = await scheduler.GetTrigger(SchedulingKeys.NotificationDeliveryTrigger);
        Assert.Equal(SchedulingKeys.NotificationDeliveryJob, trigger!.JobKey);
    }

    [Fact]
    public async Task A_queued_notification_is_delivered_when_the_job_runs()
    {
        await using var host = TestHost.Start(_database);
        await host.Services.GetRequiredService<INotifications>().QueueAsync(
            new Notification("review-reminder:case-1:1", "lp-1", NotificationKinds.ReviewReminder, "Review due", "The review of case EH-1 is due on 1 June."),
            CancellationToken.None);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(SchedulingKeys.NotificationDeliveryJob, new JobDataMap());

        await host.EventuallyAsync(db => db.Notifications.AnyAsync(n => n.DedupKey == "review-reminder:case-1:1" && n.Status == "delivered"), TimeSpan.FromSeconds(30), "the delivery");
    }
}
