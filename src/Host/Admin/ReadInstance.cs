using System.Text.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>One instance as an administrator looks into it: where it stands, what it waits for, its incidents, open tasks and trace.</summary>
internal sealed record ReadInstance(Guid Id) : IQuery
{
    public void Validate(ValidationErrors errors) => ArgumentNullException.ThrowIfNull(errors);
}

/// <param name="Waiting">The activities waiting or held by an incident.</param>
/// <param name="PendingEvents">Events kept until a wait takes them.</param>
/// <param name="Trace">The newest lines of its trace (at most <see cref="ReadInstanceHandler.MaximumTraceLines"/>), oldest first.</param>
/// <param name="TraceTruncated">True when older lines were left out.</param>
internal sealed record InstanceDetail(
    Guid Id,
    string DefinitionId,
    int DefinitionVersion,
    Guid? CaseId,
    string Status,
    int Version,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyDictionary<string, JsonNode?> Variables,
    IReadOnlyList<WaitingActivity> Waiting,
    IReadOnlyList<IncidentSummary> Incidents,
    int PendingEvents,
    IReadOnlyList<OpenTask> OpenTasks,
    IReadOnlyList<TraceLine> Trace,
    bool TraceTruncated);

internal sealed record WaitingActivity(Guid ExecutionId, string ActivityId, bool Faulted, IReadOnlyList<string> ScopeItems, IReadOnlyList<WaitingFor> WaitsFor);

/// <param name="Kind">"event", "timer", "task" or "branches".</param>
internal sealed record WaitingFor(string Kind, string Key, string? Tag, DateTimeOffset? DueAt);

/// <param name="Resolution">"retried", "skipped" or "cancelled" once resolved; null while open.</param>
internal sealed record IncidentSummary(Guid Id, Guid ExecutionId, string ActivityId, string Message, DateTimeOffset At, int Attempts, bool Open, string? Resolution);

internal sealed record OpenTask(Guid Id, string ActivityId, string TaskType, string Title, string AssigneeKind, string AssigneeValue, IReadOnlyList<string> Outcomes, DateTimeOffset CreatedAt, DateTimeOffset? DueAt);

/// <param name="Kind">What happened, for example "task-created", "incident", "lifecycle".</param>
internal sealed record TraceLine(int Step, DateTimeOffset At, string Kind, string? ActivityId, string Detail);

internal sealed class ReadInstanceHandler : ICommandHandler<ReadInstance>
{
    public const string Action = "workflow-instance.read";
    public const int MaximumTraceLines = 1000;

    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(ReadInstance command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var db = context.Db;
        var row = await db.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == command.Id, cancellationToken);
        if (row is null)
        {
            return CommandResult.Refused(ApiProblems.NotFound("workflow instance"));
        }

        var instance = WorkflowInstanceJson.Read(row.State);
        var tasks = await db.HumanTasks.AsNoTracking()
            .Where(t => t.InstanceId == row.Id && t.Status == TaskStatuses.Open)
            .OrderBy(t => t.CreatedAt)
            .ToListAsync(cancellationToken);
        var trace = await db.WorkflowTrace.AsNoTracking()
            .Where(t => t.InstanceId == row.Id)
            .OrderByDescending(t => t.Step)
            .ThenByDescending(t => t.Line)
            .Take(MaximumTraceLines + 1)
            .ToListAsync(cancellationToken);
        var truncated = trace.Count > MaximumTraceLines;
        trace = [.. trace.Take(MaximumTraceLines).Reverse()];

        // The instance may drive a child's case: looking into it is audited against that case.
        context.Audit(Action, AdminRecords.WorkflowInstance, AdminRecords.Instance(row.Id), row.CaseId, AuditOutcomes.Read);
        return CommandResult.Done(TypedResults.Ok(new InstanceDetail(
            row.Id,
            row.DefinitionId,
            row.DefinitionVersion,
            row.CaseId,
            row.Status,
            row.Version,
            AdminRecords.Utc(row.StartedAt),
            AdminRecords.Utc(row.EndedAt),
            AdminRecords.Utc(row.UpdatedAt),
            instance.Variables,
            [.. instance.Executions.Select(e => new WaitingActivity(
                e.Id,
                e.ActivityId,
                e.IsFaulted,
                [.. e.Scope.Select(f => f.Item)],
                [.. e.Bookmarks.Select(b => new WaitingFor(Word(b.Kind.ToString()), b.Key, b.Tag, b.DueAt))]))],
            [.. instance.Incidents.Select(Summary)],
            instance.PendingEvents.Count,
            [.. tasks.Select(t => new OpenTask(
                t.Id, t.ActivityId, t.TaskType, t.Title, t.AssigneeKind, t.AssigneeValue,
                JsonSerializer.Deserialize<string[]>(t.Outcomes) ?? [], AdminRecords.Utc(t.CreatedAt), AdminRecords.Utc(t.DueAt)))],
            [.. trace.Select(t => new TraceLine(t.Step, AdminRecords.Utc(t.At), Word(t.Kind), t.ActivityId, t.Detail))],
            truncated)));
    }

    public static IncidentSummary Summary(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new IncidentSummary(
            incident.Id, incident.ExecutionId, incident.ActivityId, incident.Message, incident.At, incident.Attempts, incident.IsOpen,
            incident.Resolution is { } resolution ? Word(resolution.ToString()) : null);
    }

    public static string Word(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
