using EarlyHelp.Host.Timeliness;
using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>
/// Runs the daily timeliness check, then the review reminders it makes due. Running twice on one day sends each
/// manager one digest and each reminder once; a run missed while the hosts were down runs when they are back.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class TimelinessCheckJob(TimelinessCheck check, ReviewReminders reminders, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await check.RunAsync(now, cancellationToken);
        await reminders.SendDueAsync(now, cancellationToken);
    }
}
