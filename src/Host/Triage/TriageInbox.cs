using System.Text.Json;
using EarlyHelp.Host.Cases;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Triage;

/// <summary>
/// The team's enquiries waiting for a triage decision: urgent first, then oldest first, with working days left.
/// Filters by urgency and status; search by case reference or by a child's family name. The list carries no
/// names (opening a case shows them, and is audited); the list view itself is audited once.
/// </summary>
internal sealed record TriageInbox(string? Urgency, string? Status, string? Search, int? Page, int? PageSize) : IQuery
{
    public const int DefaultPageSize = 50;
    public const int MaximumPageSize = 200;
    internal static readonly string UrgentWord = CaseRows.UrgencyWord(EarlyHelp.Workflows.Cases.Urgency.Urgent);
    internal static readonly string StandardWord = CaseRows.UrgencyWord(EarlyHelp.Workflows.Cases.Urgency.Standard);

    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Urgency is not null && Urgency != UrgentWord && Urgency != StandardWord)
        {
            errors.Add("urgency", $"One of {StandardWord}, {UrgentWord}.");
        }

        if (Status is not null && !TriageStatuses.All.Contains(Status))
        {
            errors.Add("status", $"One of {string.Join(", ", TriageStatuses.All)}.");
        }

        if (Page is < 1)
        {
            errors.Add("page", "From 1.");
        }

        if (PageSize is < 1 or > MaximumPageSize)
        {
            errors.Add("pageSize", $"From 1 to {MaximumPageSize}.");
        }

        errors.MaxLength("search", Search, 100);
    }
}

internal sealed record TriageInboxPage(int Page, int PageSize, int Total, IReadOnlyList<TriageInboxItem> Items);

internal sealed record TriageInboxItem(
    Guid CaseId,
    string Reference,
    DateTimeOffset ReceivedAt,
    string Urgency,
    string LevelOfNeed,
    string ReferrerAgency,
    IReadOnlyList<string> Needs,
    int Children,
    DateOnly DueOn,
    int WorkingDaysLeft,
    string Status,
    bool NewEpisodeBesideAnOpenOne);

internal sealed class TriageInboxHandler(TriageDeadline deadlines) : ICommandHandler<TriageInbox>
{
    public const string Action = "triage-inbox.read";
    private static readonly string EnquiryState = CaseEventJson.Write(CaseState.Enquiry);
    private static readonly string UrgentWord = TriageInbox.UrgentWord;
    private static readonly string StandardWord = TriageInbox.StandardWord;

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.TriageOfficer, ActorRole.TeamManager];

    public async Task<CommandResult> HandleAsync(TriageInbox command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var page = command.Page ?? 1;
        var size = command.PageSize ?? TriageInbox.DefaultPageSize;
        var team = context.User.TeamId ?? "";
        var urgent = Filtered(context.Db, team, UrgentWord, command, context.Now);
        var standard = Filtered(context.Db, team, StandardWord, command, context.Now);
        var urgentTotal = command.Urgency == StandardWord ? 0 : await urgent.CountAsync(cancellationToken);
        var standardTotal = command.Urgency == UrgentWord ? 0 : await standard.CountAsync(cancellationToken);

        // Urgent first then standard, each oldest first: two index ranges read in turn instead of one sort.
        // The page's identifiers come from the index alone (it holds the id), however deep the page; then only
        // the page's rows are read.
        var skip = (page - 1) * size;
        var ids = new List<Guid>();
        if (skip < urgentTotal)
        {
            ids.AddRange(await urgent.OrderBy(c => c.ReceivedAt).Skip(skip).Take(size).Select(c => c.Id).ToListAsync(cancellationToken));
        }

        if (ids.Count < size && standardTotal > 0)
        {
            var standardSkip = Math.Max(0, skip - urgentTotal);
            ids.AddRange(await standard.OrderBy(c => c.ReceivedAt).Skip(standardSkip).Take(size - ids.Count).Select(c => c.Id).ToListAsync(cancellationToken));
        }

        var found = await context.Db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var rows = ids.Select(id => found[id]).ToList();

        var items = await ItemsAsync(context.Db, rows, context.Now, cancellationToken);
        context.Audit(Action, "triage-inbox", team, null, AuditOutcomes.Read);
        return CommandResult.Done(TypedResults.Ok(new TriageInboxPage(page, size, urgentTotal + standardTotal, items)));
    }

    private IQueryable<CaseRow> Filtered(EarlyHelpDbContext db, string team, string urgency, TriageInbox command, DateTimeOffset now)
    {
        // A case waiting for triage has no lead practitioner yet (allocation comes after triage), so its team is
        // its locality's: one range of the (locality, state, urgency, received_at) index, already in order.
        var query = db.Cases.AsNoTracking()
            .Where(c => c.Locality == team && c.State == EnquiryState && c.Urgency == urgency);
        if (command.Status is { } status)
        {
            var (breachedBefore, amberBefore) = deadlines.Cutoffs(urgency == UrgentWord, now);
            var (breached, amber) = (breachedBefore.UtcDateTime, amberBefore.UtcDateTime);
            query = status switch
            {
                TriageStatuses.Breached => query.Where(c => c.ReceivedAt < breached),
                TriageStatuses.Amber => query.Where(c => c.ReceivedAt >= breached && c.ReceivedAt < amber),
                _ => query.Where(c => c.ReceivedAt >= amber),
            };
        }

        if (command.Search is { Length: > 0 } search)
        {
            if (CaseReference.SearchDigits(search) is { } digits)
            {
                var prefix = CaseReference.Prefix + digits.ToUpperInvariant();
                query = query.Where(c => c.Reference!.StartsWith(prefix));
            }
            else
            {
                var name = search.Trim().ToUpperInvariant();
                // ToUpper here is SQL's UPPER, run by the database: culture does not come into it.
#pragma warning disable CA1304, CA1311, CA1862
                query = query.Where(c => db.CaseChildren.Any(child => child.CaseId == c.Id
                    && db.FamilyMembers.Any(m => m.Id == child.ChildId && m.FamilyName.ToUpper() == name)));
#pragma warning restore CA1304, CA1311, CA1862
            }
        }

        return query;
    }

    private async Task<List<TriageInboxItem>> ItemsAsync(EarlyHelpDbContext db, List<CaseRow> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var openings = await db.CaseEvents.AsNoTracking()
            .Where(e => ids.Contains(e.CaseId) && e.Sequence == 1)
            .Select(e => new { e.CaseId, e.Data })
            .ToDictionaryAsync(e => e.CaseId, e => e.Data, cancellationToken);
        return [.. rows.Select(row =>
        {
            var opened = (CaseOpened)CaseEventJson.Read(CaseEventTypes.CaseOpened, openings[row.Id]);
            var receivedAt = new DateTimeOffset(row.ReceivedAt!.Value, TimeSpan.Zero);
            var dueOn = deadlines.DueOn(receivedAt, row.Urgency == UrgentWord);
            return new TriageInboxItem(
                row.Id,
                row.Reference ?? CaseReference.Of(row.Id),
                receivedAt,
                row.Urgency!,
                CaseRows.LevelOfNeedWord(opened.Enquiry.LevelOfNeed),
                JsonNamingPolicy.KebabCaseLower.ConvertName(opened.Enquiry.Referrer.Agency.ToString()),
                opened.Enquiry.NeedsCategories,
                opened.ChildIds.Count,
                dueOn,
                deadlines.WorkingDaysLeft(dueOn, now),
                deadlines.StatusWord(dueOn, now),
                opened.NewEpisodeReason is not null);
        })];
    }
}
