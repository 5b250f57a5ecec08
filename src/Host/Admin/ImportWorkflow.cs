using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using EarlyHelp.Workflows.Versions;

namespace EarlyHelp.Host.Admin;

/// <summary>
/// Imports a definition file (exported here or elsewhere) as a draft, never as published: a new workflow, or the
/// next draft version of an existing one. It keeps the file's version number when that is newer than every saved
/// version. Refused while the workflow has a draft already.
/// </summary>
internal sealed record ImportWorkflow(string Json) : ICommand
{
    public void Validate(ValidationErrors errors) => DefinitionBody.Validate(errors, Json);
}

internal sealed class ImportWorkflowHandler(ActivityCatalogue catalogue) : ICommandHandler<ImportWorkflow>
{
    public const string Action = "workflow-definition.import";

    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(ImportWorkflow command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (!DraftDefinitions.TryRead(command.Json, "The file is not a workflow definition.", checkId: true, out var read, out var refusal))
        {
            return refusal;
        }

        var existing = await StoredVersions.OfAsync(context.Db, read.Id, cancellationToken);
        var imported = WorkflowVersions.Import(command.Json, existing.Select(StoredVersions.Read));
        return imported.Definition is { } draft
            ? DraftDefinitions.Created(DraftDefinitions.Stage(context, draft, null, Action, catalogue))
            : DraftDefinitions.Refuse(context, Action, read.Id, imported.Reason!);
    }
}
