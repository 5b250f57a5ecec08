using System.Globalization;
using System.Text;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Ports;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.StepDownPanel;

/// <summary>
/// The weekly step-down panel's agenda: every request from children's social care still waiting for the
/// panel, with a short summary of each case, sent to the chair. Summaries name case references, never people.
/// </summary>
internal sealed class StepDownPanelAgenda(IDbContextFactory<EarlyHelpDbContext> contexts, INotifications notifications, IConfiguration configuration, TimeProvider time)
{
    private static readonly string RequestedType = CaseEventTypes.ForTrigger(CaseTrigger.RequestStepDown).Key;

    public async Task<IReadOnlyList<AgendaItem>> WaitingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await WaitingAsync(db, new CaseStore(db, time), cancellationToken);
    }

    /// <summary>The same agenda read through the caller's context: the API reads it inside its command's transaction.</summary>
    public static async Task<IReadOnlyList<AgendaItem>> WaitingAsync(EarlyHelpDbContext db, CaseStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(store);
        var candidates = await db.CaseEvents.AsNoTracking().Where(e => e.Type == RequestedType).Select(e => e.CaseId).Distinct().ToListAsync(cancellationToken);
        var items = new List<AgendaItem>();
        foreach (var caseId in candidates)
        {
            var waiting = await store.FindCaseAsync(caseId, cancellationToken);
            if (waiting?.StepDownRequests.LastOrDefault(r => r.IsWaitingForPanel) is { } request)
            {
                items.Add(new AgendaItem(
                    waiting.Id, Cases.CaseReference.Of(waiting.Id), waiting.Locality, waiting.ChildIds.Count, waiting.LevelOfNeed, waiting.State,
                    request.RequestedAt, request.Request.SocialCareReference, request.Request.RequestId, request.Request.Reason));
            }
        }

        return [.. items.OrderBy(i => i.RequestedAt)];
    }

    /// <summary>Sends this week's agenda to the chair; sending it again the same day sends nothing more.</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var items = await WaitingAsync(cancellationToken);
        var today = CouncilTime.DateOf(time.GetUtcNow());
        var chair = configuration["StepDownPanel:ChairUserId"] ?? "panel-chair";
        await notifications.QueueAsync(
            new Notification($"panel-agenda:{today:yyyy-MM-dd}", chair, NotificationKinds.PanelAgenda, $"Step-down panel agenda for {today:d MMMM yyyy}", Body(items)),
            cancellationToken);
        return items.Count;
    }


    private static string Body(IReadOnlyList<AgendaItem> items)
    {
        if (items.Count == 0)
        {
            return "No step-down requests are waiting for the panel this week.";
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{items.Count} step-down request(s) wait for the panel:\n");
        foreach (var item in items)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"- {item.Reference}: {item.Locality} locality, {item.Children} child(ren), level of need {item.LevelOfNeed.ToString().ToLowerInvariant()}, requested {item.RequestedAt:yyyy-MM-dd}{(item.SocialCareReference is { } reference ? $", social care reference {reference}" : "")}\n");
        }

        return text.ToString();
    }
}

/// <summary>
/// One request on the panel's agenda. The reason is social care's own words: the API shows it to the chair,
/// the agenda notification leaves it out.
/// </summary>
internal sealed record AgendaItem(
    Guid CaseId, string Reference, string Locality, int Children, LevelOfNeed LevelOfNeed, CaseState State, DateTimeOffset RequestedAt, string? SocialCareReference, Guid RequestId, string Reason);
