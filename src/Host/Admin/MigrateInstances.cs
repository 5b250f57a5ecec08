using System.Text.Json;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Versions;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>
/// Moves the running instances of one published version to another with an explicit map of old activity ids to
/// new ones: a dry run says what would happen to each instance and moves none; the real run moves every instance
/// that can go, with the migration record and an audit entry per instance. Some instances only, when named.
/// </summary>
internal sealed record MigrateInstances(
    string Id, int? FromVersion, int? ToVersion, IReadOnlyDictionary<string, string?>? Map, bool? DryRun, IReadOnlyList<Guid>? InstanceIds, string? Reason) : ICommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("fromVersion", FromVersion);
        errors.Required("toVersion", ToVersion);
        if (FromVersion is < 1)
        {
            errors.Add("fromVersion", "From 1.");
        }

        if (ToVersion is < 1)
        {
            errors.Add("toVersion", "From 1.");
        }
        else if (ToVersion is not null && ToVersion == FromVersion)
        {
            errors.Add("toVersion", "Another version than fromVersion.");
        }

        errors.Required("dryRun", DryRun);
        if (Map is null)
        {
            errors.Add("map", "Required: {\"oldActivityId\": \"newActivityId\"}, or {} when every waiting activity keeps its id.");
        }
        else
        {
            foreach (var (from, to) in Map)
            {
                if (string.IsNullOrWhiteSpace(from))
                {
                    errors.Add("map", "An activity id is blank.");
                }
                else
                {
                    errors.Required($"map.{from}", to);
                }
            }
        }

        if (InstanceIds is { Count: 0 })
        {
            errors.Add("instanceIds", "Leave it out to move every running instance, or name at least one.");
        }

        for (var i = 0; i < (InstanceIds?.Count ?? 0); i++)
        {
            errors.Required($"instanceIds[{i}]", InstanceIds![i]);
        }

        errors.MaxLength("reason", Reason, 1000);
    }
}

internal sealed record MigrateInstancesBody(int? FromVersion, int? ToVersion, IReadOnlyDictionary<string, string?>? Map, bool? DryRun, IReadOnlyList<Guid>? InstanceIds, string? Reason);

/// <param name="Moved">The instances moved (none in a dry run).</param>
/// <param name="NotRunning">Instances named that do not run the version moved from (they ended, or run another version).</param>
/// <param name="Text">The report as lines a person reads.</param>
internal sealed record MigrationReport(
    string WorkflowId,
    int FromVersion,
    int ToVersion,
    bool DryRun,
    IReadOnlyList<Guid> Moved,
    IReadOnlyList<MigrationProblem> MapProblems,
    IReadOnlyList<InstanceMigrationReport> Instances,
    IReadOnlyList<Guid> NotRunning,
    string Text);

/// <param name="Verdict">"moves", "blocked" or "nothing-to-move".</param>
internal sealed record InstanceMigrationReport(
    Guid InstanceId,
    Guid? CaseId,
    string Verdict,
    string Summary,
    IReadOnlyList<ActivityMove> Moves,
    IReadOnlyList<MigrationProblem> Problems,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> VariablesAdded);

/// <param name="Route">"same-activity", "mapped" or "nowhere".</param>
internal sealed record ActivityMove(Guid ExecutionId, string From, string? To, string Route, bool Faulted);

internal sealed class MigrateInstancesHandler(InstanceMigrations migrations) : ICommandHandler<MigrateInstances>
{
    public const string Action = "workflow-instance.migrate";

    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(MigrateInstances command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var (from, to) = (command.FromVersion!.Value, command.ToVersion!.Value);
        var map = command.Map!.ToDictionary(e => e.Key, e => e.Value!, StringComparer.Ordinal);
        var ids = command.InstanceIds?.Distinct().ToList();
        if (!await context.Db.WorkflowDefinitions.AnyAsync(d => d.Id == command.Id && d.Version == from, cancellationToken)
            || !await context.Db.WorkflowDefinitions.AnyAsync(d => d.Id == command.Id && d.Version == to, cancellationToken))
        {
            return CommandResult.Refused(ApiProblems.NotFound("workflow version"));
        }

        if (command.DryRun!.Value)
        {
            var dryRun = await migrations.DryRunWithinAsync(context.Db, command.Id, from, to, map, ids, cancellationToken);
            return CommandResult.Done(TypedResults.Ok(Report(dryRun!, true, [], ids)));
        }

        var (planned, record) = await migrations.ApplyWithinAsync(context.Db, command.Id, from, to, map, context.Actor, command.Reason?.Trim(), ids, cancellationToken);
        var moved = record?.InstanceIds ?? [];
        foreach (var plan in planned!.Plans.Where(p => moved.Contains(p.InstanceId)))
        {
            context.Audit(Action, AdminRecords.WorkflowInstance, AdminRecords.Instance(plan.InstanceId), plan.Instance.CaseId, AuditOutcomes.Changed);
        }

        // The versions are named once more, so an audit search by workflow finds the migration even when nothing could move.
        context.Audit(Action, AdminRecords.WorkflowDefinition, AdminRecords.Version(command.Id, to), null, moved.Count > 0 ? AuditOutcomes.Changed : AuditOutcomes.Refused);
        return CommandResult.Done(TypedResults.Ok(Report(planned, false, moved, ids)));
    }

    private static MigrationReport Report(MigrationDryRun dryRun, bool isDryRun, IReadOnlyList<Guid> moved, IReadOnlyList<Guid>? named) =>
        new(
            dryRun.WorkflowId,
            dryRun.FromVersion,
            dryRun.ToVersion,
            isDryRun,
            moved,
            dryRun.MapProblems,
            [.. dryRun.Plans.Select(p => new InstanceMigrationReport(
                p.InstanceId,
                p.Instance.CaseId,
                Word(p.Verdict.ToString()),
                p.Summary,
                [.. p.Executions.Select(e => new ActivityMove(e.ExecutionId, e.FromActivityId, e.ToActivityId, Word(e.Route.ToString()), e.IsFaulted))],
                p.Problems,
                p.Notes,
                [.. p.VariablesAdded.Select(v => v.Name)]))],
            named is null ? [] : [.. named.Where(id => dryRun.Plans.All(p => p.InstanceId != id))],
            dryRun.ToText());

    private static string Word(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
