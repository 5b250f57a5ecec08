using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Ports;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Scheduling;

/// <summary>
/// Rebuilds the scheduler's triggers from the timers table: every pending timer gets its trigger back if it
/// has none. Our tables are the truth; Quartz is an index of due times. Runs at start-up, so a timer saved
/// just before a crash (and never handed to Quartz) still fires.
/// </summary>
internal sealed partial class TimerReconciliation(IDbContextFactory<EarlyHelpDbContext> contexts, ITimerScheduler scheduler, ILogger<TimerReconciliation> log) : IHostedService
{
    private const int BatchSize = 500;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var count = await RunAsync(cancellationToken);
        LogReconciled(count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var scheduled = 0;
        var after = DateTime.MinValue;
        var afterId = Guid.Empty;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var pending = await db.WorkflowTimers.AsNoTracking()
                .Where(t => t.Status == TimerStatuses.Pending && (t.DueAt > after || (t.DueAt == after && t.Id.CompareTo(afterId) > 0)))
                .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (pending.Count == 0)
            {
                return scheduled;
            }

            await scheduler.ScheduleAsync([.. pending.Select(t => new TimerRequest(t.Id, t.InstanceId, t.ActivityId, new DateTimeOffset(t.DueAt, TimeSpan.Zero)))], cancellationToken);
            scheduled += pending.Count;
            (after, afterId) = (pending[^1].DueAt, pending[^1].Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer reconciliation: {Count} pending timers have their triggers")]
    private partial void LogReconciled(int count);
}
