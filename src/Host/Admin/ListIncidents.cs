using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>The open incidents of running instances, most recently updated instance first; paged by instance.</summary>
internal sealed record ListIncidents(int? Page, int? PageSize) : IQuery
{
    public void Validate(ValidationErrors errors) => ListInstances.Paging(errors, Page, PageSize);
}

/// <param name="Total">The number of running instances with open incidents (the pages count instances).</param>
internal sealed record IncidentPage(int Page, int PageSize, int Total, IReadOnlyList<OpenIncident> Items);

internal sealed record OpenIncident(
    Guid InstanceId, Guid IncidentId, string DefinitionId, int DefinitionVersion, Guid? CaseId, string ActivityId, string Message, DateTimeOffset At, int Attempts);

internal sealed class ListIncidentsHandler : ICommandHandler<ListIncidents>
{
    private static readonly string Running = WorkflowRunner.StatusWord(InstanceStatus.Running);

    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(ListIncidents command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var page = command.Page ?? 1;
        var size = command.PageSize ?? ListInstances.DefaultPageSize;
        var query = context.Db.WorkflowInstances.AsNoTracking().Where(i => i.OpenIncidents > 0 && i.Status == Running);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderByDescending(i => i.UpdatedAt)
            .ThenBy(i => i.Id)
            .Skip((page - 1) * size)
            .Take(size)
            .Select(i => new { i.Id, i.DefinitionId, i.DefinitionVersion, i.CaseId, i.State })
            .ToListAsync(cancellationToken);
        IReadOnlyList<OpenIncident> items = [.. rows.SelectMany(row => WorkflowInstanceJson.Read(row.State).Incidents
            .Where(i => i.IsOpen)
            .Select(i => new OpenIncident(row.Id, i.Id, row.DefinitionId, row.DefinitionVersion, row.CaseId, i.ActivityId, i.Message, i.At, i.Attempts)))];
        return CommandResult.Done(TypedResults.Ok(new IncidentPage(page, size, total, items)));
    }
}
