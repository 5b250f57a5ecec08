using EarlyHelp.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Workflows;

/// <summary>
/// Worklists: the open human tasks a person can pick up (theirs, their teams' and their roles'), soonest
/// due first, one page at a time. One indexed query over the tasks table, however many instances wait.
/// </summary>
internal sealed class WorklistQueries(IDbContextFactory<EarlyHelpDbContext> contexts)
{
    public const int MaximumPageSize = 200;

    public async Task<IReadOnlyList<WorklistItem>> OpenTasksAsync(WorklistFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        take = Math.Clamp(take, 1, MaximumPageSize);
        var teams = filter.TeamIds.ToList();
        var roles = filter.Roles.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = db.HumanTasks.AsNoTracking().Where(t => t.Status == TaskStatuses.Open
            && ((t.AssigneeKind == "person" && t.AssigneeValue == filter.PersonId)
                || (t.AssigneeKind == "team" && teams.Contains(t.AssigneeValue))
                || (t.AssigneeKind == "role" && roles.Contains(t.AssigneeValue))));
        if (filter.TaskType is { } taskType)
        {
            open = open.Where(t => t.TaskType == taskType);
        }

        var rows = await open
            .OrderBy(t => t.DueAt == null)
            .ThenBy(t => t.DueAt)
            .ThenBy(t => t.CreatedAt)
            .ThenBy(t => t.Id)
            .Skip(skip)
            .Take(take)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(t => new WorklistItem(
            t.Id, t.InstanceId, t.CaseId, t.TaskType, t.Title, t.AssigneeKind, t.AssigneeValue,
            new DateTimeOffset(t.CreatedAt, TimeSpan.Zero), t.DueAt is { } due ? new DateTimeOffset(due, TimeSpan.Zero) : null))];
    }
}

/// <summary>Whose worklist: a person, with their teams and roles; optionally one type of task.</summary>
internal sealed record WorklistFilter(string PersonId, IReadOnlyCollection<string> TeamIds, IReadOnlyCollection<string> Roles, string? TaskType = null);

/// <summary>One open task on a worklist.</summary>
internal sealed record WorklistItem(Guid TaskId, Guid InstanceId, Guid? CaseId, string TaskType, string Title, string AssigneeKind, string AssigneeValue, DateTimeOffset CreatedAt, DateTimeOffset? DueAt);
