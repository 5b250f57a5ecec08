using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>Every workflow with its versions and their status, for the designer's list.</summary>
internal sealed record ListWorkflows : IQuery
{
    public void Validate(ValidationErrors errors) => ArgumentNullException.ThrowIfNull(errors);
}

/// <param name="Published">The newest published version, which new instances start on; null when none is.</param>
/// <param name="Draft">The version being edited, if any.</param>
internal sealed record WorkflowSummary(string Id, string Name, int? Published, int? Draft, IReadOnlyList<WorkflowVersionSummary> Versions);

internal sealed record WorkflowVersionSummary(int Version, string Name, string Status, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt);

internal sealed class ListWorkflowsHandler : ICommandHandler<ListWorkflows>
{
    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(ListWorkflows command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rows = await context.Db.WorkflowDefinitions.AsNoTracking()
            .Select(d => new { d.Id, d.Version, d.Name, d.Status, d.CreatedAt, d.PublishedAt })
            .ToListAsync(cancellationToken);
        var workflows = rows
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var versions = g.OrderBy(r => r.Version).ToList();
                return new WorkflowSummary(
                    g.Key,
                    versions[^1].Name,
                    versions.LastOrDefault(v => v.Status == WorkflowDefinitionRows.Published)?.Version,
                    versions.FirstOrDefault(v => v.Status == WorkflowDefinitionRows.Draft)?.Version,
                    [.. versions.Select(v => new WorkflowVersionSummary(v.Version, v.Name, v.Status, AdminRecords.Utc(v.CreatedAt), AdminRecords.Utc(v.PublishedAt)))]);
            })
            .ToList();
        return CommandResult.Done(TypedResults.Ok(workflows));
    }
}
