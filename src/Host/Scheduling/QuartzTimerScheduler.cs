using EarlyHelp.Workflows.Ports;
using EarlyHelp.Workflows.Runtime;
using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>
/// Workflow timers on Quartz's persistent store: one durable job, one trigger per timer under a key made
/// from the timer's id, so scheduling a timer again keeps the trigger already there (on every node of a cluster).
/// </summary>
internal sealed class QuartzTimerScheduler(ISchedulerFactory schedulers) : ITimerScheduler
{
    public async Task ScheduleAsync(IReadOnlyCollection<TimerRequest> timers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timers);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var timer in timers)
        {
            var trigger = TriggerBuilder.Create()
                .WithIdentity(SchedulingKeys.TimerTrigger(timer.TimerId))
                .ForJob(SchedulingKeys.WorkflowTimerJob)
                .UsingJobData(WorkflowTimerJob.TimerId, timer.TimerId.ToString())
                .UsingJobData(WorkflowTimerJob.InstanceId, timer.InstanceId.ToString())
                .StartAt(timer.DueAt)
                .Build();
            await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, cancellationToken);
        }
    }

    public async Task CancelAsync(IReadOnlyCollection<Guid> timerIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timerIds);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJobs([.. timerIds.Select(SchedulingKeys.TimerTrigger)], cancellationToken);
    }
}
