using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using EarlyHelp.Workflows.Versions;

namespace EarlyHelp.Host.Admin;

/// <summary>
/// Saves the workflow's draft from a JSON definition: replaces the draft, or, when every version is published,
/// starts the next version as a draft. The address names the draft, so the body's version and status are not used
/// (a designer may send back a published version it opened, edited): publishing is its own request, which validates.
/// A published version is never changed. A draft may still have problems: the answer lists them.
/// </summary>
internal sealed record SaveDraft(string Id, string Json) : ICommand
{
    public void Validate(ValidationErrors errors) => DefinitionBody.Validate(errors, Json);
}

internal sealed class SaveDraftHandler(ActivityCatalogue catalogue) : ICommandHandler<SaveDraft>
{
    public const string Action = "workflow-definition.save-draft";

    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(SaveDraft command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (!DraftDefinitions.TryRead(command.Json, "The body is not a workflow definition.", checkId: false, out var definition, out var refusal))
        {
            return refusal;
        }

        if (definition.Id != command.Id)
        {
            return CommandResult.Refused(ApiProblems.Invalid("id", $"The definition's id must be the workflow's id in the address, \"{command.Id}\"."));
        }

        var rows = await StoredVersions.OfAsync(context.Db, command.Id, cancellationToken);
        if (rows.Count == 0)
        {
            return CommandResult.Refused(ApiProblems.NotFound("workflow"));
        }

        var draftRow = rows.FirstOrDefault(r => r.Status == WorkflowDefinitionRows.Draft);
        var current = draftRow is null ? WorkflowVersions.NewDraft(rows.Select(StoredVersions.Read)).Definition : StoredVersions.Read(draftRow);
        if (current is null)
        {
            // Every version is published, so a new draft can always start; anything else is a defect.
            throw new InvalidOperationException($"No draft of {command.Id} could be started.");
        }

        var edit = WorkflowVersions.UpdateDraft(current, definition with { Version = current.Version, Status = DefinitionStatus.Draft });
        return edit.Definition is { } draft
            ? CommandResult.Done(TypedResults.Ok(DraftDefinitions.Stage(context, draft, draftRow, Action, catalogue)))
            : DraftDefinitions.Refuse(context, Action, AdminRecords.Version(current.Id, current.Version), edit.Reason!);
    }
}
