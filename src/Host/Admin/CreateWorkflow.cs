using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using EarlyHelp.Workflows.Versions;

namespace EarlyHelp.Host.Admin;

/// <summary>
/// Creates a workflow from a JSON definition: it becomes version 1, a draft, whatever version and status the body
/// says. A draft may still have problems (the answer lists them); publishing refuses it until they are fixed.
/// </summary>
internal sealed record CreateWorkflow(string Json) : ICommand
{
    public void Validate(ValidationErrors errors) => DefinitionBody.Validate(errors, Json);
}

internal sealed class CreateWorkflowHandler(ActivityCatalogue catalogue) : ICommandHandler<CreateWorkflow>
{
    public const string Action = "workflow-definition.create";

    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(CreateWorkflow command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var (definition, report) = WorkflowDefinitionJson.Read(command.Json);
        if (definition is null)
        {
            return CommandResult.Refused(DefinitionReports.Unprocessable("The body is not a workflow definition.", report, null));
        }

        if (StoredVersions.IdProblem(definition) is { } idProblem)
        {
            return CommandResult.Refused(DefinitionReports.Unprocessable("The workflow's id cannot be used.", idProblem, definition));
        }

        var existing = await StoredVersions.OfAsync(context.Db, definition.Id, cancellationToken);
        var created = WorkflowVersions.Create(definition, existing.Select(StoredVersions.Read));
        if (created.Definition is not { } draft)
        {
            context.Audit(Action, AdminRecords.WorkflowDefinition, AdminRecords.Version(definition.Id, 1), null, AuditOutcomes.Refused);
            return CommandResult.Refused(ApiProblems.NotPermittedNow(created.Reason!));
        }

        context.Db.WorkflowDefinitions.Add(WorkflowDefinitionRows.Row(draft, context.Now.UtcDateTime));
        context.Audit(Action, AdminRecords.WorkflowDefinition, AdminRecords.Version(draft.Id, draft.Version), null, AuditOutcomes.Changed);
        var saved = DefinitionReports.Saved(draft, WorkflowValidator.Validate(draft, catalogue));
        return CommandResult.Done(TypedResults.Created($"/api/admin/workflows/{draft.Id}/versions/{draft.Version}", saved));
    }
}
