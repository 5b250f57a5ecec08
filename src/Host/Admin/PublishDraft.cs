using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using EarlyHelp.Workflows.Versions;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>
/// Publishes the workflow's draft: refused with the validation report while it has problems (it stays a draft,
/// unchanged). Once published the version never changes; new instances start on it.
/// </summary>
internal sealed record PublishDraft(string Id) : ICommand
{
    public void Validate(ValidationErrors errors) => ArgumentNullException.ThrowIfNull(errors);
}

internal sealed class PublishDraftHandler(ActivityCatalogue catalogue) : ICommandHandler<PublishDraft>
{
    public const string Action = "workflow-definition.publish";

    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(PublishDraft command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var draftWord = WorkflowDefinitionRows.Draft;
        var row = await context.Db.WorkflowDefinitions.SingleOrDefaultAsync(d => d.Id == command.Id && d.Status == draftWord, cancellationToken);
        if (row is null)
        {
            return CommandResult.Refused(await context.Db.WorkflowDefinitions.AnyAsync(d => d.Id == command.Id, cancellationToken)
                ? ApiProblems.NotPermittedNow("the workflow has no draft to publish: save a draft first")
                : ApiProblems.NotFound("workflow"));
        }

        var draft = StoredVersions.Read(row);
        var published = WorkflowVersions.Publish(draft, catalogue);
        if (published.Definition is not { } definition)
        {
            context.Audit(Action, AdminRecords.WorkflowDefinition, AdminRecords.Version(row.Id, row.Version), null, AuditOutcomes.Refused);
            return CommandResult.Refused(published.Report.IsValid
                ? ApiProblems.NotPermittedNow(published.Reason!)
                : DefinitionReports.Unprocessable($"Version {row.Version} has problems to fix before it can be published; it stays a draft.", published.Report, draft));
        }

        row.Status = WorkflowDefinitionRows.Published;
        row.Json = WorkflowDefinitionJson.Write(definition);
        row.PublishedAt = context.Now.UtcDateTime;
        context.Audit(Action, AdminRecords.WorkflowDefinition, AdminRecords.Version(row.Id, row.Version), null, AuditOutcomes.Changed);
        return CommandResult.Done(TypedResults.Ok(DefinitionReports.Saved(definition, new ValidationReport([]))));
    }
}
