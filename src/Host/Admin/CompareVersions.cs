using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Versions;

namespace EarlyHelp.Host.Admin;

/// <summary>What changed between two versions of a workflow: what runs differently, and what only looks different.</summary>
internal sealed record CompareVersions(string Id, int? From, int? To) : IQuery
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("from", From);
        errors.Required("to", To);
        if (From is < 1)
        {
            errors.Add("from", "From 1.");
        }

        if (To is < 1)
        {
            errors.Add("to", "From 1.");
        }
    }
}

/// <param name="ChangesBehaviour">True when the versions would run differently (not only names, descriptions and layout).</param>
/// <param name="Text">The same, as lines a person reads.</param>
internal sealed record WorkflowDiffResponse(
    string WorkflowId,
    int From,
    int To,
    bool ChangesBehaviour,
    bool IsEmpty,
    IReadOnlyList<ActivityDefinition> ActivitiesAdded,
    IReadOnlyList<ActivityDefinition> ActivitiesRemoved,
    IReadOnlyList<ActivityChange> ActivitiesChanged,
    IReadOnlyList<Connection> ConnectionsAdded,
    IReadOnlyList<Connection> ConnectionsRemoved,
    IReadOnlyList<VariableDefinition> VariablesAdded,
    IReadOnlyList<VariableDefinition> VariablesRemoved,
    IReadOnlyList<VariableChange> VariablesChanged,
    IReadOnlyList<DetailChange> Details,
    IReadOnlyList<LayoutChange> Layout,
    string Text);

internal sealed class CompareVersionsHandler : ICommandHandler<CompareVersions>
{
    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(CompareVersions command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var from = await StoredVersions.FindAsync(context.Db, command.Id, command.From!.Value, cancellationToken);
        var to = await StoredVersions.FindAsync(context.Db, command.Id, command.To!.Value, cancellationToken);
        if (from is null || to is null)
        {
            return CommandResult.Refused(ApiProblems.NotFound("workflow version"));
        }

        var diff = WorkflowDiff.Between(StoredVersions.Read(from), StoredVersions.Read(to));
        return CommandResult.Done(TypedResults.Ok(new WorkflowDiffResponse(
            command.Id, from.Version, to.Version, diff.ChangesBehaviour, diff.IsEmpty,
            diff.ActivitiesAdded, diff.ActivitiesRemoved, diff.ActivitiesChanged, diff.ConnectionsAdded, diff.ConnectionsRemoved,
            diff.VariablesAdded, diff.VariablesRemoved, diff.VariablesChanged, diff.Details, diff.Layout, diff.ToText())));
    }
}
