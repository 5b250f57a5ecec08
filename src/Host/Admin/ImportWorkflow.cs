using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
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
        var (read, report) = WorkflowDefinitionJson.Read(command.Json);
        if (read is null)
        {
            return CommandResult.Refused(DefinitionReports.Unprocessable("The file is not a workflow definition.", report, null));
        }

        if (StoredVersions.IdProblem(read) is { } idProblem)
        {
            return CommandResult.Refused(DefinitionReports.Unprocessable("The workflow's id cannot be used.", idProblem, read));
        }

        var existing = await StoredVersions.OfAsync(context.Db, read.Id, cancellationToken);
        var imported = WorkflowVersions.Import(command.Json, existing.Select(StoredVersions.Read));
        if (imported.Definition is not { } draft)
        {
            context.Audit(Action, AdminRecords.WorkflowDefinition, read.Id, null, AuditOutcomes.Refused);
            return CommandResult.Refused(ApiProblems.NotPermittedNow(imported.Reason!));
        }

        context.Db.WorkflowDefinitions.Add(WorkflowDefinitionRows.Row(draft, context.Now.UtcDateTime));
        context.Audit(Action, AdminRecords.WorkflowDefinition, AdminRecords.Version(draft.Id, draft.Version), null, AuditOutcomes.Changed);
        var saved = DefinitionReports.Saved(draft, WorkflowValidator.Validate(draft, catalogue));
        return CommandResult.Done(TypedResults.Created($"/api/admin/workflows/{draft.Id}/versions/{draft.Version}", saved));
    }
}
