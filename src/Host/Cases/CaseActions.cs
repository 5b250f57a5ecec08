using System.Text.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Cases;

/// <summary>
/// Makes a person's change to a case the way the pathway expects it. When the case's workflow has the task open
/// (triage, consent, the EHA...), the change completes that task and the workflow's activity fires the lifecycle
/// trigger, so the workflow moves on. Otherwise (a step-up, an extra TAF meeting) the trigger is fired on the
/// case directly and each of the case's running instances is told, as an event named after it. Either way it
/// is written in the command's transaction; a refusal carries the lifecycle's or the workflow's reason.
/// </summary>
internal sealed class CaseActions(WorkflowRunner runner)
{
    public async Task<CommandResult> PerformAsync(CommandContext context, Case subject, CaseChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(change);
        var task = await OpenTaskAsync(context, subject.Id, change.TaskType, change.TaskOutcome, cancellationToken);
        var changed = task is null
            ? await FireDirectlyAsync(context, subject, change, cancellationToken)
            : await CompleteTaskAsync(context, subject, task.Value, change, cancellationToken);
        if (changed.Problem is { } problem)
        {
            context.Audit(change.Action, CaseAccess.RecordKind, CaseAccess.Id(subject.Id), subject.Id, AuditOutcomes.Refused);
            return CommandResult.Refused(problem);
        }

        CaseAccess.Changed(context, subject.Id, change.Action, changed.Version);
        return CommandResult.Done(TypedResults.Ok(new CaseChanged(subject.Id, CaseEventJson.Write(changed.State), changed.Version)));
    }

    /// <summary>Tells each running instance of the case about a change made outside them (a case/... event).</summary>
    public async Task NotifyInstancesAsync(CommandContext context, Guid caseId, CaseEvent recorded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recorded);
        var running = WorkflowRunner.StatusWord(InstanceStatus.Running);
        var instances = await context.Db.WorkflowInstances.AsNoTracking()
            .Where(i => i.CaseId == caseId && i.Status == running)
            .OrderBy(i => i.StartedAt)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        foreach (var instanceId in instances)
        {
            var notice = new EventReceived($"case-event-{recorded.Sequence}", $"case/{recorded.Type}");
            var staged = await runner.ResumeWithinAsync(context.Db, instanceId, notice, context.Actor, cancellationToken);
            context.OnCommitted(staged.HandOverTimersAsync);
        }
    }

    private async Task<Changed> CompleteTaskAsync(CommandContext context, Case subject, (Guid TaskId, Guid InstanceId) task, CaseChange change, CancellationToken cancellationToken)
    {
        var data = change.TaskData ?? FactData(change);
        var staged = await runner.ResumeWithinAsync(
            context.Db, task.InstanceId, new TaskCompleted(task.TaskId, change.TaskOutcome, data, context.Actor), context.Actor, cancellationToken, caseAsRead: subject);
        if (staged.Result.RefusalReason is { } refused)
        {
            return Changed.Refused(ApiProblems.NotPermittedNow(refused));
        }

        // An activity that faulted raised an incident (an administrator sees it) and did not do what the person
        // asked: refuse with its reason. A completion that rightly records nothing (keeping a case in Early Help
        // when no decision was waiting) is still a completion.
        if (staged.Result.Trace.LastOrDefault(t => t.Kind == TraceKind.Incident) is { } incident)
        {
            return Changed.Refused(ApiProblems.NotPermittedNow(incident.Detail));
        }

        context.OnCommitted(staged.HandOverTimersAsync);
        var after = staged.Subject ?? subject;
        return new Changed(null, after.State, after.Version);
    }

    private async Task<Changed> FireDirectlyAsync(CommandContext context, Case subject, CaseChange change, CancellationToken cancellationToken)
    {
        var result = subject.Fire(change.Trigger, change.Fact, context.Actor, context.Now);
        if (!result.IsAccepted)
        {
            return Changed.Refused(ApiProblems.NotPermittedNow(result.Reason ?? "the lifecycle refused it"));
        }

        await context.Cases.StageAsync(subject, cancellationToken);
        await context.Db.SaveChangesAsync(cancellationToken);
        await NotifyInstancesAsync(context, subject.Id, result.Event!, cancellationToken);
        return new Changed(null, subject.State, subject.Version);
    }

    private static async Task<(Guid, Guid)?> OpenTaskAsync(CommandContext context, Guid caseId, string taskType, string outcome, CancellationToken cancellationToken)
    {
        var open = await context.Db.HumanTasks.AsNoTracking()
            .Where(t => t.CaseId == caseId && t.Status == TaskStatuses.Open && t.TaskType == taskType)
            .OrderBy(t => t.CreatedAt)
            .Select(t => new { t.Id, t.InstanceId, t.Outcomes })
            .ToListAsync(cancellationToken);
        var match = open.FirstOrDefault(t => JsonSerializer.Deserialize<string[]>(t.Outcomes)?.Contains(outcome, StringComparer.Ordinal) == true);
        return match is null ? null : (match.Id, match.InstanceId);
    }

    private static JsonObject FactData(CaseChange change) =>
        JsonNode.Parse(CaseEventJson.Write(CaseEventTypes.ForTrigger(change.Trigger), change.Fact))!.AsObject();

    private sealed record Changed(IResult? Problem, CaseState State, int Version)
    {
        public static Changed Refused(IResult problem) => new(problem, default, 0);
    }
}

/// <summary>The answer to a change: the case, its state and its new version (also sent as the ETag).</summary>
internal sealed record CaseChanged(Guid CaseId, string State, int Version);
