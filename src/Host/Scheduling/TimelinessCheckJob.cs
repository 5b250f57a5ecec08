using EarlyHelp.Host.Timeliness;
using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>Runs the daily timeliness check. Running twice on one day sends each manager one digest.</summary>
[DisallowConcurrentExecution]
internal sealed class TimelinessCheckJob(TimelinessCheck check, TimeProvider time) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await check.RunAsync(time.GetUtcNow(), cancellationToken);
}
