using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
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
        if (!DraftDefinitions.TryRead(command.Json, "The body is not a workflow definition.", checkId: true, out var definition, out var refusal))
        {
            return refusal;
        }

        var existing = await StoredVersions.OfAsync(context.Db, definition.Id, cancellationToken);
        var created = WorkflowVersions.Create(definition, existing.Select(StoredVersions.Read));
        return created.Definition is { } draft
            ? DraftDefinitions.Created(DraftDefinitions.Stage(context, draft, null, Action, catalogue))
            : DraftDefinitions.Refuse(context, Action, AdminRecords.Version(definition.Id, 1), created.Reason!);
    }
}
