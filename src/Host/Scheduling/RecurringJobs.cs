using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>
/// Makes sure each recurring job has its trigger in the persistent store at start-up. Keys are fixed, and an
/// existing trigger is kept, so restarts and the nodes of a cluster never add a second one.
/// </summary>
internal sealed class RecurringJobs(ISchedulerFactory schedulers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var notifications = TriggerBuilder.Create()
            .WithIdentity(SchedulingKeys.NotificationDeliveryTrigger)
            .ForJob(SchedulingKeys.NotificationDeliveryJob)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule.WithInterval(NotificationDeliveryJob.Every).RepeatForever())
            .Build();
        await scheduler.ScheduleTrigger(notifications, TriggerConflict.Keep, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
