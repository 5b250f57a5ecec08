using System.Text.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Ports;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Workflows;

/// <summary>
/// Runs workflow steps against the database: each step loads the instance (and its case), runs the engine,
/// and saves the instance, its tasks, timers, trace and the case's new events in one transaction, guarded
/// by the instance's version so no step is applied twice. A step that loses a race is run again on what
/// the winner saved; timers are handed to the scheduler after the commit.
/// </summary>
internal sealed partial class WorkflowRunner(
    IDbContextFactory<EarlyHelpDbContext> contexts,
    WorkflowEngine engine,
    WorkflowDefinitionStore definitions,
    WorkingDayCalendar calendar,
    ITimerScheduler timers,
    TimeProvider time,
    ILogger<WorkflowRunner> log)
{
    private const int Attempts = 8;

    /// <summary>
    /// Runs after a step is written and before it is committed. Only the engine tests set it, to kill a
    /// process in the middle of a step and show that the step is neither half-saved nor saved twice.
    /// </summary>
    internal Action? BeforeCommit { get; set; }

    public async Task<WorkflowStepResult> StartAsync(WorkflowDefinition definition, Guid? caseId, IReadOnlyDictionary<string, JsonNode?> input, Actor actor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await CommitAsync(db, transaction, () => StartWithinAsync(db, definition, caseId, input, actor, cancellationToken), attempt, cancellationToken) is { } result)
            {
                return result;
            }
        }
    }

    public async Task<WorkflowStepResult> ResumeAsync(Guid instanceId, Stimulus stimulus, Actor actor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await CommitAsync(db, transaction, () => ResumeWithinAsync(db, instanceId, stimulus, actor, cancellationToken), attempt, cancellationToken) is { } result)
            {
                return result;
            }
        }
    }

    /// <summary>
    /// Runs the first step of a new instance and writes it into <paramref name="db"/>'s open transaction without
    /// committing: the caller commits it with its own changes (an API command and its audit entry), then calls
    /// <see cref="StagedStep.HandOverTimersAsync"/>. A lost race throws; the caller decides whether to run again.
    /// </summary>
    public async Task<StagedStep> StartWithinAsync(EarlyHelpDbContext db, WorkflowDefinition definition, Guid? caseId, IReadOnlyDictionary<string, JsonNode?> input, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Status != DefinitionStatus.Published)
        {
            throw new InvalidOperationException($"{definition.Id} v{definition.Version} is a draft: only published versions run.");
        }

        var cases = new CaseStore(db, time);
        var subject = caseId is { } id ? await cases.FindCaseAsync(id, cancellationToken) : null;
        var family = subject is null ? null : await cases.FindFamilyAsync(subject.FamilyId, cancellationToken);
        var outcome = engine.Start(definition, Guid.NewGuid(), caseId, input, new StepEnvironment(Now(), calendar, subject, family, actor));
        if (outcome.IsRefused)
        {
            return Staged(Refused(outcome, 0), outcome, null);
        }

        db.WorkflowInstances.Add(new WorkflowInstanceRow
        {
            Id = outcome.Instance.Id,
            DefinitionId = definition.Id,
            DefinitionVersion = definition.Version,
            CaseId = caseId,
            StartedAt = outcome.Instance.StartedAt.UtcDateTime,
        });
        return await StageAsync(db, cases, subject, outcome, previousVersion: 0, stimulus: null, cancellationToken);
    }

    /// <summary>
    /// Resumes an instance inside <paramref name="db"/>'s open transaction without committing (see <see cref="StartWithinAsync"/>).
    /// A caller that has just read the instance's case in this transaction, and not changed it, may hand it over as
    /// <paramref name="caseAsRead"/> instead of having it read again.
    /// </summary>
    public async Task<StagedStep> ResumeWithinAsync(EarlyHelpDbContext db, Guid instanceId, Stimulus stimulus, Actor actor, CancellationToken cancellationToken, Case? caseAsRead = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stimulus);
        var row = await db.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (row is null)
        {
            return new StagedStep(WorkflowStepResult.NotFound(instanceId), null, _ => Task.CompletedTask);
        }

        var definition = await definitions.FindAsync(row.DefinitionId, row.DefinitionVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Instance {instanceId} runs {row.DefinitionId} v{row.DefinitionVersion}, which is not stored.");
        var cases = new CaseStore(db, time);
        var subject = row.CaseId is not { } caseId ? null
            : caseAsRead is { PendingEvents.Count: 0 } handed && handed.Id == caseId ? handed
            : await cases.FindCaseAsync(caseId, cancellationToken);
        var family = subject is null ? null : await cases.FindFamilyAsync(subject.FamilyId, cancellationToken);
        var outcome = engine.ResumeHandedOver(definition, WorkflowInstanceJson.Read(row.State), stimulus, new StepEnvironment(Now(), calendar, subject, family, actor));
        if (outcome.IsRefused)
        {
            return Staged(Refused(outcome, row.Version), outcome, null);
        }

        return await StageAsync(db, cases, subject, outcome, row.Version, stimulus, cancellationToken);
    }

    /// <summary>True for the exceptions that mean another writer committed first: the step can be run again on what it saved.</summary>
    public static bool IsLostRace(Exception exception) => exception is DbUpdateException or StepConflictException or CaseConcurrencyException;

    private async Task<WorkflowStepResult?> CommitAsync(
        EarlyHelpDbContext db,
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction,
        Func<Task<StagedStep>> step,
        int attempt,
        CancellationToken cancellationToken)
    {
        try
        {
            var staged = await step();
            if (staged.Result.IsRefused || !staged.Result.IsFound)
            {
                return staged.Result;
            }

            BeforeCommit?.Invoke();
            await transaction.CommitAsync(cancellationToken);
            staged.Subject?.MarkPersisted();
            await staged.HandOverTimersAsync(cancellationToken);
            return staged.Result;
        }
        catch (Exception exception) when (IsLostRace(exception) && attempt < Attempts)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            LogConflict(attempt);
            return null;
        }
    }

    private async Task<StagedStep> StageAsync(
        EarlyHelpDbContext db,
        CaseStore cases,
        Case? subject,
        StepOutcome outcome,
        int previousVersion,
        Stimulus? stimulus,
        CancellationToken cancellationToken)
    {
        var version = previousVersion + 1;
        await StageInstanceAsync(db, outcome.Instance, previousVersion, version, cancellationToken);
        await StageTasksAndTimersAsync(db, outcome, stimulus, cancellationToken);
        db.WorkflowTrace.AddRange(outcome.Trace.Select((t, line) => new WorkflowTraceRow
        {
            InstanceId = outcome.Instance.Id,
            Step = version,
            Line = line,
            At = t.At.UtcDateTime,
            Kind = t.Kind.ToString(),
            ActivityId = t.ActivityId,
            Detail = t.Detail,
        }));
        if (subject is not null)
        {
            await cases.StageAsync(subject, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        var result = new WorkflowStepResult(outcome.Instance.Id, true, null, outcome.Instance.Status, version, outcome.Trace, outcome.TasksCreated);
        return Staged(result, outcome, subject);
    }

    private StagedStep Staged(WorkflowStepResult result, StepOutcome outcome, Case? subject) =>
        new(result, subject, cancellationToken => HandOverTimersAsync(outcome, cancellationToken));

    private async Task StageInstanceAsync(EarlyHelpDbContext db, WorkflowInstance instance, int previousVersion, int version, CancellationToken cancellationToken)
    {
        instance.Version = version;
        var state = WorkflowInstanceJson.Write(instance);
        var status = StatusWord(instance.Status);
        var incidents = instance.Incidents.Count(i => i.IsOpen);
        var endedAt = instance.EndedAt?.UtcDateTime;
        var now = Now().UtcDateTime;
        if (previousVersion == 0)
        {
            var row = db.WorkflowInstances.Local.Single(i => i.Id == instance.Id);
            (row.Status, row.Version, row.State, row.OpenIncidents, row.EndedAt, row.UpdatedAt) = (status, version, state, incidents, endedAt, now);
            return;
        }

        var updated = await db.WorkflowInstances
            .Where(i => i.Id == instance.Id && i.Version == previousVersion)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(i => i.Version, version)
                    .SetProperty(i => i.State, state)
                    .SetProperty(i => i.Status, status)
                    .SetProperty(i => i.OpenIncidents, incidents)
                    .SetProperty(i => i.EndedAt, endedAt)
                    .SetProperty(i => i.UpdatedAt, now),
                cancellationToken);
        if (updated == 0)
        {
            throw new StepConflictException();
        }
    }

    private async Task StageTasksAndTimersAsync(EarlyHelpDbContext db, StepOutcome outcome, Stimulus? stimulus, CancellationToken cancellationToken)
    {
        var now = Now().UtcDateTime;
        db.HumanTasks.AddRange(outcome.TasksCreated.Select(TaskRow));
        var completedBy = (stimulus as TaskCompleted)?.By.UserId;
        foreach (var (taskId, chosen) in outcome.TasksCompleted)
        {
            await db.HumanTasks.Where(t => t.Id == taskId && t.Status == TaskStatuses.Open).ExecuteUpdateAsync(
                set => set.SetProperty(t => t.Status, TaskStatuses.Completed).SetProperty(t => t.Outcome, chosen)
                    .SetProperty(t => t.CompletedBy, completedBy).SetProperty(t => t.EndedAt, now),
                cancellationToken);
        }

        if (outcome.TasksCancelled.Count > 0)
        {
            var cancelled = outcome.TasksCancelled.ToList();
            await db.HumanTasks.Where(t => cancelled.Contains(t.Id) && t.Status == TaskStatuses.Open).ExecuteUpdateAsync(
                set => set.SetProperty(t => t.Status, TaskStatuses.Cancelled).SetProperty(t => t.EndedAt, now), cancellationToken);
        }

        db.WorkflowTimers.AddRange(outcome.TimersSet.Select(t => new WorkflowTimerRow
        {
            Id = t.TimerId,
            InstanceId = t.InstanceId,
            ActivityId = t.ActivityId,
            DueAt = t.DueAt.UtcDateTime,
            Status = TimerStatuses.Pending,
            CreatedAt = now,
        }));
        if (stimulus is TimerFired fired)
        {
            await db.WorkflowTimers.Where(t => t.Id == fired.TimerId && t.Status == TimerStatuses.Pending).ExecuteUpdateAsync(
                set => set.SetProperty(t => t.Status, TimerStatuses.Fired).SetProperty(t => t.EndedAt, now), cancellationToken);
        }

        if (outcome.TimersCancelled.Count > 0)
        {
            var cancelled = outcome.TimersCancelled.ToList();
            await db.WorkflowTimers.Where(t => cancelled.Contains(t.Id) && t.Status == TimerStatuses.Pending).ExecuteUpdateAsync(
                set => set.SetProperty(t => t.Status, TimerStatuses.Cancelled).SetProperty(t => t.EndedAt, now), cancellationToken);
        }
    }

    /// <summary>The row of a task a step created: open, with its assignee and outcomes.</summary>
    internal static HumanTaskRow TaskRow(HumanTask task) => new()
    {
        Id = task.Id,
        InstanceId = task.InstanceId,
        ActivityId = task.ActivityId,
        CaseId = task.CaseId,
        TaskType = task.TaskType,
        Title = task.Title,
        AssigneeKind = task.Assignee.Kind.ToString().ToLowerInvariant(),
        AssigneeValue = task.Assignee.Value,
        Outcomes = JsonSerializer.Serialize(task.Outcomes),
        Status = TaskStatuses.Open,
        CreatedAt = task.CreatedAt.UtcDateTime,
        DueAt = task.DueAt?.UtcDateTime,
    };

    private async Task HandOverTimersAsync(StepOutcome outcome, CancellationToken cancellationToken)
    {
        // After the commit: if this fails or the process dies here, the timers are pending rows without a
        // trigger, and reconciliation schedules them from the table.
        try
        {
            if (outcome.TimersSet.Count > 0)
            {
                await timers.ScheduleAsync(outcome.TimersSet, cancellationToken);
            }

            if (outcome.TimersCancelled.Count > 0)
            {
                await timers.CancelAsync(outcome.TimersCancelled, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSchedulingFailed(outcome.Instance.Id, exception);
        }
    }

    private static WorkflowStepResult Refused(StepOutcome outcome, int version) =>
        new(outcome.Instance.Id, true, outcome.RefusalReason, outcome.Instance.Status, version, outcome.Trace, []);

    private DateTimeOffset Now() => time.GetUtcNow();

    internal static string StatusWord(InstanceStatus status) => status.ToString().ToLowerInvariant();

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow step: another writer committed first (attempt {Attempt}); running the step again")]
    private partial void LogConflict(int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow instance {InstanceId}: timers were saved but not handed to the scheduler; reconciliation will schedule them")]
    private partial void LogSchedulingFailed(Guid instanceId, Exception exception);

    private sealed class StepConflictException : Exception;
}

/// <summary>
/// A step written into a caller's transaction and not yet committed: its result, the case it changed (to mark
/// persisted after the commit) and the timers to hand to the scheduler after the commit.
/// </summary>
internal sealed record StagedStep(WorkflowStepResult Result, Case? Subject, Func<CancellationToken, Task> HandOverTimersAsync);

internal static class TaskStatuses
{
    public const string Open = "open";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
}

internal static class TimerStatuses
{
    public const string Pending = "pending";
    public const string Fired = "fired";
    public const string Cancelled = "cancelled";
}
