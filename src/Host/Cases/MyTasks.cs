using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.SignIn;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Cases;

/// <summary>
/// The open pathway tasks the user can pick up: assigned to them, to their team or to one of their roles, soonest
/// due first, and only on cases they may see (a task for a role reaches every team's holders of it). No names:
/// the case by reference. The list view is audited once.
/// </summary>
internal sealed record MyTasks(int? Page, int? PageSize) : IQuery
{
    public const int DefaultPageSize = 50;

    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Page is < 1)
        {
            errors.Add("page", "From 1.");
        }

        if (PageSize is < 1 or > WorklistQueries.MaximumPageSize)
        {
            errors.Add("pageSize", $"From 1 to {WorklistQueries.MaximumPageSize}.");
        }
    }
}

internal sealed record MyTasksPage(int Page, int PageSize, bool HasMore, IReadOnlyList<MyTask> Items);

internal sealed record MyTask(
    Guid TaskId,
    Guid? CaseId,
    string? Reference,
    string TaskType,
    string Title,
    string AssigneeKind,
    string AssigneeValue,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt);

internal sealed class MyTasksHandler(WorklistQueries worklists) : ICommandHandler<MyTasks>
{
    public const string Action = "my-tasks.read";
    private static readonly string PanelDecisionType = CaseEventTypes.ForTrigger(CaseTrigger.RecordPanelDecision).Key;

    public IReadOnlyList<ActorRole> Roles { get; } =
        [ActorRole.LeadPractitioner, ActorRole.TeamManager, ActorRole.TriageOfficer, ActorRole.PanelChair, ActorRole.SocialWorker, ActorRole.Administrator];

    public async Task<CommandResult> HandleAsync(MyTasks command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var page = command.Page ?? 1;
        var size = command.PageSize ?? MyTasks.DefaultPageSize;
        var user = context.User;
        var filter = new WorklistFilter(user.Id, user.TeamId is { } team ? [team] : [], [.. user.Roles.Select(Staff.StaffRoles.ToWord)]);

        // The worklist is not limited to the cases the user may see, so it is read in batches and filtered until
        // the page and one more task (to tell whether there are more) are found.
        var wanted = (page * size) + 1;
        var visible = new List<WorklistItem>();
        var seen = new Dictionary<Guid, bool>();
        for (var skip = 0; visible.Count < wanted; skip += WorklistQueries.MaximumPageSize)
        {
            var batch = await worklists.OpenTasksAsync(filter, skip, WorklistQueries.MaximumPageSize, cancellationToken);
            await JudgeCasesAsync(context, user, batch, seen, cancellationToken);
            visible.AddRange(batch.Where(t => t.CaseId is not { } caseId || seen[caseId]));
            if (batch.Count < WorklistQueries.MaximumPageSize)
            {
                break;
            }
        }

        var items = visible.Skip((page - 1) * size).Take(size)
            .Select(t => new MyTask(t.TaskId, t.CaseId, t.CaseId is { } id ? CaseReference.Of(id) : null, t.TaskType, t.Title, t.AssigneeKind, t.AssigneeValue, t.CreatedAt, t.DueAt))
            .ToList();
        context.Audit(Action, "worklist", user.Id, null, AuditOutcomes.Read);
        return CommandResult.Done(TypedResults.Ok(new MyTasksPage(page, size, visible.Count > page * size, items)));
    }

    /// <summary>
    /// Decides for each new case whether the user may see it: by the team columns of the cases table when one of
    /// their roles sees their own team's cases, otherwise (another team's case, a panel or social care case) by
    /// the case itself.
    /// </summary>
    private static async Task JudgeCasesAsync(CommandContext context, StaffUser user, IReadOnlyList<WorklistItem> batch, Dictionary<Guid, bool> seen, CancellationToken cancellationToken)
    {
        var unseen = batch.Where(t => t.CaseId is not null).Select(t => t.CaseId!.Value).Distinct().Where(id => !seen.ContainsKey(id)).ToList();
        if (unseen.Count == 0)
        {
            return;
        }

        var ownTeam = user.TeamId is { } team && user.Roles.Any(CaseScope.IsTeamScoped)
            ? await context.Db.Cases.AsNoTracking()
                .Where(c => unseen.Contains(c.Id) && ((c.LeadTeamId == null && c.Locality == team) || c.LeadTeamId == team))
                .Select(c => c.Id)
                .ToListAsync(cancellationToken)
            : [];

        // Someone who sees only their own team's cases sees another team's only once the step-down panel has
        // accepted it into their team: only such cases need a closer look.
        var others = unseen.Except(ownTeam).ToList();
        var closer = user.Roles.All(CaseScope.IsTeamScoped)
            ? await context.Db.CaseEvents.AsNoTracking()
                .Where(e => others.Contains(e.CaseId) && e.Type == PanelDecisionType)
                .Select(e => e.CaseId)
                .Distinct()
                .ToListAsync(cancellationToken)
            : others;
        foreach (var caseId in unseen)
        {
            seen[caseId] = ownTeam.Contains(caseId)
                || (closer.Contains(caseId) && await context.Cases.FindCaseAsync(caseId, cancellationToken) is { } subject && CaseScope.CanSee(user, subject));
        }
    }
}
