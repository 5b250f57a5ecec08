using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>
/// Makes sure each recurring job has its trigger in the persistent store at start-up. Keys are fixed, and an
/// existing trigger is kept, so restarts and the nodes of a cluster never add a second one.
/// </summary>
internal sealed class RecurringJobs(ISchedulerFactory schedulers, ScheduleOptions schedules) : IHostedService
{
    /// <summary>Every recurring job: those whose runs are recorded and that the jobs page lists. Workflow timers are not among them.</summary>
    public static IReadOnlyList<RecurringJob> All { get; } =
    [
        new(SchedulingKeys.NotificationDeliveryJob, SchedulingKeys.NotificationDeliveryTrigger,
            "Delivers the notifications that are due, by email or in the application, and tries failed ones again later."),
        new(SchedulingKeys.PanelAgendaJob, SchedulingKeys.PanelAgendaTrigger,
            "Sends the step-down panel's chair the week's agenda: the requests from children's social care waiting for the panel."),
        new(SchedulingKeys.DailyReconciliationJob, SchedulingKeys.DailyReconciliationTrigger,
            "Gives every pending workflow timer its trigger back if the scheduler lost it."),
        new(SchedulingKeys.TimelinessCheckJob, SchedulingKeys.TimelinessCheckTrigger,
            "Brings every open case's deadlines up to date, sends each team manager a digest of those that turned amber or breached, and sends the review reminders that are due."),
    ];

    public static RecurringJob? Find(string name) => All.FirstOrDefault(j => j.Name == name);

    public static RecurringJob? Find(JobKey key) => All.FirstOrDefault(j => j.Key.Equals(key));

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await EnsureCronAsync(scheduler, SchedulingKeys.PanelAgendaTrigger, SchedulingKeys.PanelAgendaJob, schedules.PanelAgenda(), cancellationToken);
        await EnsureCronAsync(scheduler, SchedulingKeys.DailyReconciliationTrigger, SchedulingKeys.DailyReconciliationJob, schedules.DailyReconciliation(), cancellationToken);
        await EnsureCronAsync(scheduler, SchedulingKeys.TimelinessCheckTrigger, SchedulingKeys.TimelinessCheckJob, schedules.TimelinessCheck(), cancellationToken);
        var notifications = TriggerBuilder.Create()
            .WithIdentity(SchedulingKeys.NotificationDeliveryTrigger)
            .ForJob(SchedulingKeys.NotificationDeliveryJob)
            .StartNow()
            .WithSimpleSchedule(schedule => schedule.WithInterval(NotificationDeliveryJob.Every).RepeatForever())
            .Build();
        await scheduler.ScheduleTrigger(notifications, TriggerConflict.Keep, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Keeps a cron trigger that already has this schedule (so a restart just before it is due does not lose
    /// the run); replaces it when the configuration changed the schedule.
    /// </summary>
    private static async Task EnsureCronAsync(IScheduler scheduler, TriggerKey key, JobKey job, CronExpression cron, CancellationToken cancellationToken)
    {
        var existing = await scheduler.GetTrigger(key, cancellationToken) as ICronTrigger;
        var same = existing is not null && existing.CronExpressionString == cron.CronExpressionString && existing.TimeZone.Id == cron.TimeZone.Id;
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(job)
            .WithSchedule(CronScheduleBuilder.Create(cron))
            .Build();
        await scheduler.ScheduleTrigger(trigger, same ? TriggerConflict.Keep : TriggerConflict.Replace, cancellationToken);
    }
}
