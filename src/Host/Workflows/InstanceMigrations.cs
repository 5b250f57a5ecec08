using System.Text.Json;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using EarlyHelp.Workflows.Versions;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Workflows;

/// <summary>
/// Moves running instances from one published version of a workflow to another with an explicit map of
/// old to new activities: a dry run first, saying what would happen to each instance; then the move of
/// every instance that can go, in one transaction with its tasks, timers and the audit record.
/// </summary>
internal sealed class InstanceMigrations(IDbContextFactory<EarlyHelpDbContext> contexts, WorkflowDefinitionStore definitions, ActivityCatalogue catalogue, TimeProvider time)
{
    public async Task<MigrationDryRun?> DryRunAsync(string workflowId, int fromVersion, int toVersion, IReadOnlyDictionary<string, string> map, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await DryRunWithinAsync(db, workflowId, fromVersion, toVersion, map, null, cancellationToken);
    }

    /// <summary>The dry run read through <paramref name="db"/> (an API command's transaction); of the named instances only, when given.</summary>
    public async Task<MigrationDryRun?> DryRunWithinAsync(
        EarlyHelpDbContext db, string workflowId, int fromVersion, int toVersion, IReadOnlyDictionary<string, string> map, IReadOnlyCollection<Guid>? instanceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await VersionsAsync(workflowId, fromVersion, toVersion, cancellationToken) is not { } versions)
        {
            return null;
        }

        var instances = await RunningAsync(db, workflowId, fromVersion, instanceIds, cancellationToken);
        return InstanceMigration.DryRun(instances, versions.From, versions.To, map, catalogue);
    }

    /// <summary>Moves every instance that can move; returns the audit record (null when nothing moved) and the dry run it followed.</summary>
    public async Task<(MigrationDryRun? DryRun, InstanceMigrationRecord? Record)> ApplyAsync(
        string workflowId, int fromVersion, int toVersion, IReadOnlyDictionary<string, string> map, Actor by, string? reason, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var applied = await ApplyWithinAsync(db, workflowId, fromVersion, toVersion, map, by, reason, null, cancellationToken);
        if (applied.Record is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return applied;
    }

    /// <summary>
    /// Moves every instance that can move (of the named ones only, when given), writing into <paramref name="db"/>'s
    /// open transaction without committing: the caller commits the moves with its own audit entries.
    /// </summary>
    public async Task<(MigrationDryRun? DryRun, InstanceMigrationRecord? Record)> ApplyWithinAsync(
        EarlyHelpDbContext db,
        string workflowId,
        int fromVersion,
        int toVersion,
        IReadOnlyDictionary<string, string> map,
        Actor by,
        string? reason,
        IReadOnlyCollection<Guid>? instanceIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await VersionsAsync(workflowId, fromVersion, toVersion, cancellationToken) is not { } versions)
        {
            return (null, null);
        }

        var instances = await RunningAsync(db, workflowId, fromVersion, instanceIds, cancellationToken);
        var dryRun = InstanceMigration.DryRun(instances, versions.From, versions.To, map, catalogue);
        var applied = new List<InstanceMigrationResult>();
        foreach (var plan in dryRun.Moving)
        {
            var result = InstanceMigration.Apply(plan);
            if (result.Instance is not { } moved)
            {
                continue;
            }

            moved.Version = plan.InstanceVersion + 1;
            var state = WorkflowInstanceJson.Write(moved);
            var updated = await db.WorkflowInstances
                .Where(i => i.Id == moved.Id && i.Version == plan.InstanceVersion)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.Version, moved.Version).SetProperty(i => i.DefinitionVersion, toVersion).SetProperty(i => i.State, state), cancellationToken);
            if (updated == 0)
            {
                continue;
            }

            foreach (var execution in plan.Executions.Where(e => e.IsRenamed))
            {
                var tasks = execution.TaskIds.ToList();
                var timers = execution.TimerIds.ToList();
                var to = execution.ToActivityId!;
                await db.HumanTasks.Where(t => tasks.Contains(t.Id)).ExecuteUpdateAsync(set => set.SetProperty(t => t.ActivityId, to), cancellationToken);
                await db.WorkflowTimers.Where(t => timers.Contains(t.Id)).ExecuteUpdateAsync(set => set.SetProperty(t => t.ActivityId, to), cancellationToken);
            }

            applied.Add(result);
        }

        if (applied.Count == 0)
        {
            return (dryRun, null);
        }

        var record = InstanceMigrationRecord.For(by, time.GetUtcNow(), applied, reason);
        db.WorkflowMigrations.Add(new WorkflowMigrationRow
        {
            Id = Guid.NewGuid(),
            WorkflowId = record.WorkflowId,
            FromVersion = record.FromVersion,
            ToVersion = record.ToVersion,
            ActivityMap = JsonSerializer.Serialize(record.ActivityMap),
            InstanceIds = JsonSerializer.Serialize(record.InstanceIds),
            ActorId = record.By.UserId,
            ActorRole = CaseEventJson.Write(record.By.Role),
            At = record.At.UtcDateTime,
            Reason = record.Reason,
        });
        await db.SaveChangesAsync(cancellationToken);
        return (dryRun, record);
    }

    private async Task<(WorkflowDefinition From, WorkflowDefinition To)?> VersionsAsync(string workflowId, int fromVersion, int toVersion, CancellationToken cancellationToken) =>
        await definitions.FindAsync(workflowId, fromVersion, cancellationToken) is { } from && await definitions.FindAsync(workflowId, toVersion, cancellationToken) is { } to
            ? (from, to)
            : null;

    private static async Task<List<WorkflowInstance>> RunningAsync(EarlyHelpDbContext db, string workflowId, int version, IReadOnlyCollection<Guid>? instanceIds, CancellationToken cancellationToken)
    {
        var running = WorkflowRunner.StatusWord(InstanceStatus.Running);
        var query = db.WorkflowInstances.AsNoTracking()
            .Where(i => i.DefinitionId == workflowId && i.DefinitionVersion == version && i.Status == running);
        if (instanceIds is not null)
        {
            var ids = instanceIds.ToList();
            query = query.Where(i => ids.Contains(i.Id));
        }

        var states = await query
            .OrderBy(i => i.StartedAt)
            .Select(i => i.State)
            .ToListAsync(cancellationToken);
        return [.. states.Select(WorkflowInstanceJson.Read)];
    }
}
