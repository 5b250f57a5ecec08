using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Host.Timeliness;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Cases;

/// <summary>
/// A caseload: the lead practitioner's own cases ("mine": they are the current lead practitioner) or the team's
/// ("team"), open cases unless a state is asked for. The list carries no names (opening a case shows them, and is
/// audited); the list view itself is audited once.
/// </summary>
internal sealed record Caseload(string? Scope, string? State, int? Page, int? PageSize) : IQuery
{
    public const string Mine = "mine";
    public const string Team = "team";
    public const string Open = "open";
    public const string All = "all";
    public const int DefaultPageSize = 50;
    public const int MaximumPageSize = 200;

    public static IReadOnlyList<string> States { get; } = [Open, All, .. Enum.GetValues<CaseState>().Select(CaseEventJson.Write)];

    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Scope is not (null or Mine or Team))
        {
            errors.Add("scope", $"One of {Mine}, {Team}.");
        }

        if (State is not null && !States.Contains(State))
        {
            errors.Add("state", $"One of {string.Join(", ", States)}.");
        }

        if (Page is < 1)
        {
            errors.Add("page", "From 1.");
        }

        if (PageSize is < 1 or > MaximumPageSize)
        {
            errors.Add("pageSize", $"From 1 to {MaximumPageSize}.");
        }
    }
}

internal sealed record CaseloadPage(string Scope, string State, int Page, int PageSize, int Total, IReadOnlyList<CaseloadItem> Items);

internal sealed record CaseloadItem(
    Guid CaseId,
    string Reference,
    string State,
    string? LevelOfNeed,
    string? LeadPractitionerId,
    DateTimeOffset OpenedAt,
    CaseloadDeadline? NextDeadline);

/// <summary>The case's open deadline due first, as the daily timeliness check stored it, with its status now.</summary>
internal sealed record CaseloadDeadline(DeadlineKind Kind, int Number, DateOnly DueOn, DeadlineStatus Status);

internal sealed class CaseloadHandler : ICommandHandler<Caseload>
{
    public const string Action = "caseload.read";
    private static readonly List<string> OpenStates = [.. CaseLifecycle.OpenStates.Select(CaseEventJson.Write)];

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.LeadPractitioner, ActorRole.TeamManager];

    public async Task<CommandResult> HandleAsync(Caseload command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var scope = command.Scope ?? (context.Role == ActorRole.LeadPractitioner ? Caseload.Mine : Caseload.Team);
        if (scope == Caseload.Mine && context.Role != ActorRole.LeadPractitioner)
        {
            return CommandResult.Refused(ApiProblems.Invalid("scope", "\"mine\" lists the cases you lead as a lead practitioner: ask for \"team\"."));
        }

        var state = command.State ?? Caseload.Open;
        var page = command.Page ?? 1;
        var size = command.PageSize ?? Caseload.DefaultPageSize;
        var query = Cases(context.Db, scope, state, context.User.Id, context.User.TeamId ?? "");
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(c => c.OpenedAt).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var deadlines = await NextDeadlinesAsync(context.Db, [.. rows.Select(r => r.Id)], context.Now, cancellationToken);
        var items = rows.Select(r => new CaseloadItem(
            r.Id, r.Reference ?? CaseReference.Of(r.Id), r.State, r.LevelOfNeed, r.LeadPractitionerId,
            new DateTimeOffset(r.OpenedAt, TimeSpan.Zero), deadlines.GetValueOrDefault(r.Id))).ToList();
        context.Audit(Action, "caseload", scope == Caseload.Mine ? context.User.Id : context.User.TeamId ?? "", null, AuditOutcomes.Read);
        return CommandResult.Done(TypedResults.Ok(new CaseloadPage(scope, state, page, size, total, items)));
    }

    private static IQueryable<CaseRow> Cases(EarlyHelpDbContext db, string scope, string state, string userId, string team)
    {
        var query = db.Cases.AsNoTracking();
        query = scope == Caseload.Mine
            ? query.Where(c => c.LeadPractitionerId == userId)
            : query.Where(c => (c.LeadTeamId == null && c.Locality == team) || c.LeadTeamId == team);
        return state switch
        {
            Caseload.Open => query.Where(c => OpenStates.Contains(c.State)),
            Caseload.All => query,
            _ => query.Where(c => c.State == state),
        };
    }

    private static async Task<Dictionary<Guid, CaseloadDeadline>> NextDeadlinesAsync(EarlyHelpDbContext db, List<Guid> caseIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.CaseDeadlines.AsNoTracking()
            .Where(d => caseIds.Contains(d.CaseId) && d.MetAt == null)
            .ToListAsync(cancellationToken);
        return open.GroupBy(d => d.CaseId).ToDictionary(
            g => g.Key,
            g => g.OrderBy(d => d.DueOn).ThenBy(d => d.Kind, StringComparer.Ordinal).Select(d => Deadline(d, now)).First());
    }

    private static CaseloadDeadline Deadline(CaseDeadlineRow row, DateTimeOffset now)
    {
        var at = now.UtcDateTime;
        var status = at >= row.BreachedFrom ? DeadlineStatus.Breached : at >= row.AmberFrom ? DeadlineStatus.Amber : DeadlineStatus.OnTrack;
        return new CaseloadDeadline(Enum.Parse<DeadlineKind>(row.Kind), row.Number, row.DueOn, status);
    }
}
