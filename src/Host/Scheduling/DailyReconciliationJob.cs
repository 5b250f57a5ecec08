using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>Every night, gives every pending timer its trigger back if Quartz lost it: our tables are the truth.</summary>
[DisallowConcurrentExecution]
internal sealed class DailyReconciliationJob(TimerReconciliation reconciliation) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await reconciliation.RunAsync(cancellationToken);
}
