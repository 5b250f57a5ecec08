using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>Workflow instances, newest first, by status, workflow and case reference ("EH-1A2B3C4D" or its first digits), one page at a time.</summary>
internal sealed record ListInstances(string? Status, string? DefinitionId, int? Page, int? PageSize, string? CaseReference = null) : IQuery
{
    public const int DefaultPageSize = 50;
    public const int MaximumPageSize = 200;

    public static IReadOnlyList<string> Statuses { get; } = [.. Enum.GetValues<InstanceStatus>().Select(WorkflowRunner.StatusWord)];

    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Status is not null && !Statuses.Contains(Status))
        {
            errors.Add("status", $"One of {string.Join(", ", Statuses)}.");
        }

        errors.MaxLength("definitionId", DefinitionId, StoredVersions.MaximumIdLength);
        if (CaseReference is not null && Cases.CaseReference.SearchDigits(CaseReference) is null)
        {
            errors.Add("caseReference", "A case reference such as EH-1A2B3C4D, or at least its first four characters after EH-.");
        }

        Paging(errors, Page, PageSize);
    }

    public static void Paging(ValidationErrors errors, int? page, int? pageSize)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (page is < 1)
        {
            errors.Add("page", "From 1.");
        }

        if (pageSize is < 1 or > MaximumPageSize)
        {
            errors.Add("pageSize", $"From 1 to {MaximumPageSize}.");
        }
    }
}

internal sealed record InstancePage(int Page, int PageSize, int Total, IReadOnlyList<InstanceSummary> Items);

internal sealed record InstanceSummary(
    Guid Id, string DefinitionId, int DefinitionVersion, Guid? CaseId, string Status, int OpenIncidents, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, DateTimeOffset UpdatedAt);

internal sealed class ListInstancesHandler : ICommandHandler<ListInstances>
{
    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(ListInstances command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var page = command.Page ?? 1;
        var size = command.PageSize ?? ListInstances.DefaultPageSize;
        var query = context.Db.WorkflowInstances.AsNoTracking();
        if (command.Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (command.DefinitionId is { } definitionId)
        {
            query = query.Where(i => i.DefinitionId == definitionId);
        }

        if (command.CaseReference is { } reference)
        {
            var prefix = Cases.CaseReference.Prefix + Cases.CaseReference.SearchDigits(reference)!.ToUpperInvariant();
            var db = context.Db;
            query = query.Where(i => db.Cases.Any(c => c.Id == i.CaseId && c.Reference!.StartsWith(prefix)));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderByDescending(i => i.StartedAt)
            .ThenBy(i => i.Id)
            .Skip((page - 1) * size)
            .Take(size)
            .Select(i => new { i.Id, i.DefinitionId, i.DefinitionVersion, i.CaseId, i.Status, i.OpenIncidents, i.StartedAt, i.EndedAt, i.UpdatedAt })
            .ToListAsync(cancellationToken);
        IReadOnlyList<InstanceSummary> items = [.. rows.Select(i => new InstanceSummary(
            i.Id, i.DefinitionId, i.DefinitionVersion, i.CaseId, i.Status, i.OpenIncidents, AdminRecords.Utc(i.StartedAt), AdminRecords.Utc(i.EndedAt), AdminRecords.Utc(i.UpdatedAt)))];
        return CommandResult.Done(TypedResults.Ok(new InstancePage(page, size, total, items)));
    }
}
