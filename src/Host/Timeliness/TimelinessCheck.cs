using System.Globalization;
using System.Text;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Host.StepDownPanel;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Deadlines;
using EarlyHelp.Workflows.Ports;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Timeliness;

/// <summary>
/// The daily timeliness check. First it brings each changed case's deadlines up to date: a case read at the
/// same version as last time is not rebuilt, and a deadline keeps the dates (and calendar) it was first
/// computed with; only its meeting is recorded. Then it gives every open deadline its status now, and sends
/// each team manager one digest of the deadlines that turned amber or breached.
/// </summary>
internal sealed partial class TimelinessCheck(
    IDbContextFactory<EarlyHelpDbContext> contexts,
    WorkingDayCalendar calendar,
    Timescales timescales,
    TeamDirectory teams,
    INotifications notifications,
    ILogger<TimelinessCheck> log)
{
    private const int CaseBatch = 1000;
    private const string Unchecked = "unchecked";
    private const int StatusBatch = 5000;
    private static readonly string[] EndedStates = [CaseEventJson.Write(CaseState.Closed), CaseEventJson.Write(CaseState.SteppedUp)];

    public async Task<TimelinessRun> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rebuilt = await RebuildChangedCasesAsync(cancellationToken);
        var (checkedCount, turned) = await UpdateStatusesAsync(now, cancellationToken);
        var digests = await SendDigestsAsync(now, turned, cancellationToken);
        LogRun(rebuilt, checkedCount, turned.Count, digests);
        return new TimelinessRun(rebuilt, checkedCount, turned.Count, digests);
    }

    private async Task<int> RebuildChangedCasesAsync(CancellationToken cancellationToken)
    {
        var rebuilt = 0;
        var after = Guid.Empty;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var changed = await (
                    from c in db.Cases
                    join t in db.CaseTimeliness on c.Id equals t.CaseId into checks
                    from check in checks.DefaultIfEmpty()
                    where c.Id.CompareTo(after) > 0 && (check == null || check.CheckedVersion < c.Version)
                    orderby c.Id
                    select new { c.Id, c.Version, c.LeadTeamId, c.Locality, Checked = check != null })
                .Take(CaseBatch)
                .ToListAsync(cancellationToken);
            if (changed.Count == 0)
            {
                return rebuilt;
            }

            after = changed[^1].Id;
            var ids = changed.Select(c => c.Id).ToList();
            var events = (await db.CaseEvents.AsNoTracking().Where(e => ids.Contains(e.CaseId)).ToListAsync(cancellationToken)).ToLookup(e => e.CaseId);
            var stored = (await db.CaseDeadlines.Where(d => ids.Contains(d.CaseId)).ToListAsync(cancellationToken)).ToLookup(d => d.CaseId);
            foreach (var row in changed)
            {
                var subject = Case.Rehydrate(events[row.Id].OrderBy(e => e.Sequence).Select(CaseRows.ToEvent));
                Merge(db, subject, stored[row.Id].ToList(), row.LeadTeamId ?? row.Locality);
                if (row.Checked)
                {
                    db.CaseTimeliness.Attach(new CaseTimelinessRow { CaseId = row.Id, CheckedVersion = row.Version }).Property(t => t.CheckedVersion).IsModified = true;
                }
                else
                {
                    db.CaseTimeliness.Add(new CaseTimelinessRow { CaseId = row.Id, CheckedVersion = row.Version });
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            rebuilt += changed.Count;
        }
    }

    private void Merge(EarlyHelpDbContext db, Case subject, List<CaseDeadlineRow> stored, string team)
    {
        var computed = CaseDeadlines.For(subject, timescales, calendar);
        foreach (var deadline in computed)
        {
            var kind = deadline.Kind.ToString();
            var existing = stored.Find(s => s.Episode == deadline.Episode && s.Kind == kind && s.Number == deadline.Number);
            if (existing is null)
            {
                // The status pass that follows gives it its status, so a deadline first seen breached is reported.
                var row = ToRow(deadline, team);
                row.Status = Unchecked;
                db.CaseDeadlines.Add(row);
                continue;
            }

            // The dates stay as first computed; only the meeting and the team can change.
            existing.MetAt = deadline.MetAt?.UtcDateTime;
            existing.TeamId = team;
            stored.Remove(existing);
        }

        // Open deadlines the case no longer has (it ended, or consent was withdrawn) are dropped.
        db.CaseDeadlines.RemoveRange(stored.Where(s => s.MetAt is null));
    }

    private async Task<(int Checked, List<TurnedDeadline> Turned)> UpdateStatusesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var turned = new List<TurnedDeadline>();
        var checkedCount = 0;
        var at = now.UtcDateTime;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // Only the deadlines whose status changes now: new ones, those reaching their amber or breach point,
            // and those met since the last check. Every row taken changes, so the next batch is the rest.
            var due = await db.CaseDeadlines
                .Where(d => d.Status == Unchecked
                    || (d.Status == "on-track" && (d.AmberFrom <= at || d.MetAt != null))
                    || (d.Status == "amber" && (d.BreachedFrom <= at || d.MetAt != null))
                    || (d.Status == "breached" && d.MetAt != null))
                .OrderBy(d => d.CaseId)
                .Take(StatusBatch)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return (checkedCount, turned);
            }

            foreach (var row in due)
            {
                var status = Word(FromRow(row).StatusAt(now));
                if (status is "amber" or "breached" && status != row.Status)
                {
                    turned.Add(new TurnedDeadline(row.CaseId, row.TeamId, row.Kind, status, row.DueOn));
                }

                row.Status = status;
            }

            checkedCount += due.Count;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<int> SendDigestsAsync(DateTimeOffset now, List<TurnedDeadline> turned, CancellationToken cancellationToken)
    {
        var today = CouncilTime.DateOf(now);
        var sent = 0;
        foreach (var team in turned.GroupBy(t => t.TeamId ?? "unallocated"))
        {
            foreach (var manager in teams.ManagersOf(team.Key))
            {
                await notifications.QueueAsync(
                    new Notification($"timeliness-digest:{today:yyyy-MM-dd}:{manager}", manager, NotificationKinds.TimelinessDigest,
                        $"Timeliness for team {team.Key} on {today:d MMMM yyyy}", Digest(team.ToList())),
                    cancellationToken);
                sent++;
            }
        }

        return sent;
    }

    private static string Digest(IReadOnlyList<TurnedDeadline> turned)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{turned.Count(t => t.Status == "breached")} deadline(s) breached and {turned.Count(t => t.Status == "amber")} turned amber since the last check:\n");
        foreach (var deadline in turned.OrderBy(t => t.Status).ThenBy(t => t.DueOn))
        {
            text.Append(CultureInfo.InvariantCulture, $"- {EarlyHelp.Host.Cases.CaseReference.Of(deadline.CaseId)}: {deadline.Kind} due {deadline.DueOn:yyyy-MM-dd}, {deadline.Status}\n");
        }

        return text.ToString();
    }

    private static CaseDeadlineRow ToRow(CaseDeadline deadline, string team) => new()
    {
        CaseId = deadline.CaseId,
        Episode = deadline.Episode,
        Kind = deadline.Kind.ToString(),
        Number = deadline.Number,
        StartedAt = deadline.StartedAt.UtcDateTime,
        AmberFrom = deadline.AmberFrom.UtcDateTime,
        DueOn = deadline.DueOn,
        LateFrom = deadline.LateFrom.UtcDateTime,
        BreachOn = deadline.BreachOn,
        BreachedFrom = deadline.BreachedFrom.UtcDateTime,
        MetAt = deadline.MetAt?.UtcDateTime,
        CalendarVersion = deadline.CalendarVersion,
        CalendarProblem = deadline.CalendarProblem,
        TeamId = team,
    };

    private static CaseDeadline FromRow(CaseDeadlineRow row) => new(
        row.CaseId, Enum.Parse<DeadlineKind>(row.Kind), row.Episode, row.Number,
        Utc(row.StartedAt), Utc(row.AmberFrom), row.DueOn, Utc(row.LateFrom), row.BreachOn, Utc(row.BreachedFrom),
        row.MetAt is { } met ? Utc(met) : null, row.CalendarVersion, row.CalendarProblem);

    private static DateTimeOffset Utc(DateTime value) => new(value, TimeSpan.Zero);

    internal static string Word(DeadlineStatus status) => status switch
    {
        DeadlineStatus.OnTrack => "on-track",
        DeadlineStatus.Amber => "amber",
        DeadlineStatus.Breached => "breached",
        DeadlineStatus.Met => "met",
        _ => "met-late",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Timeliness check: {Rebuilt} cases rebuilt, {Checked} deadlines checked, {Turned} turned amber or breached, {Digests} digests queued")]
    private partial void LogRun(int rebuilt, int @checked, int turned, int digests);

    private sealed record TurnedDeadline(Guid CaseId, string? TeamId, string Kind, string Status, DateOnly DueOn);
}

/// <summary>What one timeliness check did.</summary>
internal sealed record TimelinessRun(int CasesRebuilt, int DeadlinesChecked, int TurnedAmberOrBreached, int DigestsQueued);
