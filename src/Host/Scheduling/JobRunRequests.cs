using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>Asks the scheduler to run a recurring job once now, with what <see cref="JobRunRecorder"/> records of the request.</summary>
internal static class JobRunRequests
{
    public static async Task FireNowAsync(ISchedulerFactory schedulers, RecurringJob job, Guid runId, string reason, string requestedBy, Guid? retryOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedulers);
        ArgumentNullException.ThrowIfNull(job);
        var data = new JobDataMap
        {
            [JobRunRecorder.RunId] = runId.ToString(),
            [JobRunRecorder.Reason] = reason,
            [JobRunRecorder.RequestedBy] = requestedBy,
        };
        if (retryOf is { } failed)
        {
            data[JobRunRecorder.RetryOf] = failed.ToString();
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(job.Key, data, cancellationToken);
    }
}
