using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.History;

/// <summary>
/// Fires the workflow timers that fall due before a replayed moment, oldest first, each at its own due time and
/// exactly as the scheduler's timer job does (the instance resumed with the timer's id), so the tasks and reminders
/// they open are there when the next event comes.
/// </summary>
internal sealed class DueTimers(WorkflowRunner runner, ReplayClock clock)
{
    /// <summary>Fires the due timers of one case's instances inside <paramref name="db"/>'s transaction.</summary>
    public async Task<int> FireForCaseAsync(EarlyHelpDbContext db, Guid caseId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var fired = 0;
        while (await NextAsync(db, caseId, until, cancellationToken) is { } due)
        {
            clock.Set(new DateTimeOffset(due.DueAt, TimeSpan.Zero));
            var step = await runner.ResumeWithinAsync(db, due.InstanceId, new TimerFired(due.Id), Actor.System, cancellationToken);
            if (step.Result.IsRefused || !step.Result.IsFound)
            {
                // A timer its instance no longer waits for is not due any more: the job would ignore it too.
                await db.WorkflowTimers.Where(t => t.Id == due.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TimerStatuses.Cancelled), cancellationToken);
            }

            fired++;
        }

        return fired;
    }

    /// <summary>Fires every case's due timers, each in its own transaction as the scheduler would.</summary>
    public async Task<int> FireAllAsync(IDbContextFactory<EarlyHelpDbContext> contexts, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var fired = 0;
        while (true)
        {
            List<(Guid Id, Guid InstanceId, DateTime DueAt)> batch;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var limit = until.UtcDateTime;
                batch = [.. (await db.WorkflowTimers.AsNoTracking()
                        .Where(t => t.Status == TimerStatuses.Pending && t.DueAt <= limit)
                        .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
                        .Take(500)
                        .Select(t => new { t.Id, t.InstanceId, t.DueAt })
                        .ToListAsync(cancellationToken))
                    .Select(t => (t.Id, t.InstanceId, t.DueAt))];
            }

            if (batch.Count == 0)
            {
                return fired;
            }

            foreach (var (id, instanceId, dueAt) in batch)
            {
                clock.Set(new DateTimeOffset(dueAt, TimeSpan.Zero));
                var step = await runner.ResumeAsync(instanceId, new TimerFired(id), Actor.System, cancellationToken);
                if (step.IsRefused || !step.IsFound)
                {
                    await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                    await db.WorkflowTimers.Where(t => t.Id == id && t.Status == TimerStatuses.Pending)
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TimerStatuses.Cancelled), cancellationToken);
                }

                fired++;
            }
        }
    }

    private static async Task<(Guid Id, Guid InstanceId, DateTime DueAt)?> NextAsync(EarlyHelpDbContext db, Guid caseId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var limit = until.UtcDateTime;
        var next = await (
                from timer in db.WorkflowTimers
                join instance in db.WorkflowInstances on timer.InstanceId equals instance.Id
                where instance.CaseId == caseId && timer.Status == TimerStatuses.Pending && timer.DueAt <= limit
                orderby timer.DueAt, timer.Id
                select new { timer.Id, timer.InstanceId, timer.DueAt })
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
        return next is null ? null : (next.Id, next.InstanceId, next.DueAt);
    }
}
