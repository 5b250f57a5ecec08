using System.Diagnostics.CodeAnalysis;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Host.Admin;

/// <summary>
/// What creating, importing and saving a draft share: read the definition sent, refuse it with its report when it
/// cannot be taken, and stage the draft's row with its audit entry and the answer listing what is left to fix.
/// </summary>
internal static class DraftDefinitions
{
    /// <summary>Reads a definition sent to the API; when it is not one (or, with <paramref name="checkId"/>, its id cannot name it), the 422 refusal with the report.</summary>
    public static bool TryRead(
        string json,
        string notADefinition,
        bool checkId,
        [NotNullWhen(true)] out WorkflowDefinition? definition,
        [NotNullWhen(false)] out CommandResult? refusal)
    {
        var (read, report) = WorkflowDefinitionJson.Read(json);
        refusal = read is null ? CommandResult.Refused(DefinitionReports.Unprocessable(notADefinition, report, null))
            : checkId && StoredVersions.IdProblem(read) is { } idProblem ? CommandResult.Refused(DefinitionReports.Unprocessable("The workflow's id cannot be used.", idProblem, read))
            : null;
        definition = refusal is null ? read : null;
        return definition is not null;
    }

    /// <summary>The versioning rules refused the change: audited as refused, answered 409 with their reason.</summary>
    public static CommandResult Refuse(CommandContext context, string action, string recordId, string reason)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Audit(action, AdminRecords.WorkflowDefinition, recordId, null, AuditOutcomes.Refused);
        return CommandResult.Refused(ApiProblems.NotPermittedNow(reason));
    }

    /// <summary>Stages the draft (a new row, or the existing draft row rewritten), audits the change and answers what it saved with its remaining problems.</summary>
    public static WorkflowVersionSaved Stage(CommandContext context, WorkflowDefinition draft, WorkflowDefinitionRow? draftRow, string action, ActivityCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        if (draftRow is null)
        {
            context.Db.WorkflowDefinitions.Add(WorkflowDefinitionRows.Row(draft, context.Now.UtcDateTime));
        }
        else
        {
            draftRow.Name = draft.Name;
            draftRow.Json = WorkflowDefinitionJson.Write(draft);
        }

        context.Audit(action, AdminRecords.WorkflowDefinition, AdminRecords.Version(draft.Id, draft.Version), null, AuditOutcomes.Changed);
        return DefinitionReports.Saved(draft, WorkflowValidator.Validate(draft, catalogue));
    }

    /// <summary>201 with the new version's address.</summary>
    public static CommandResult Created(WorkflowVersionSaved saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return CommandResult.Done(TypedResults.Created($"/api/admin/workflows/{saved.Id}/versions/{saved.Version}", saved));
    }
}
