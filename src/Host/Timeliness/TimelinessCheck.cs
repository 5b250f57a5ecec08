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
/// computed with; only its meeting is recorded. A new deadline gets its status as it is stored. Then it gives
/// every other open deadline whose status changes now its new status, and sends each team manager one digest
/// of the deadlines that turned amber or breached.
/// </summary>
/// <remarks>
/// The first check over a large caseload computes and writes every deadline at once. It reads the histories
/// of a batch of cases in one query and computes the batch's cases in parallel while the batch before is
/// written, and it writes with <see cref="BulkRows"/> rather than through change tracking, a statement per row.
/// </remarks>
internal sealed partial class TimelinessCheck(
    IDbContextFactory<EarlyHelpDbContext> contexts,
    WorkingDayCalendar calendar,
    Timescales timescales,
    TeamDirectory teams,
    INotifications notifications,
    ILogger<TimelinessCheck> log)
{
    private const int CaseBatch = 2000;
    private const int StatusBatch = 5000;

    private const string CheckedVersionUpsert = "ON CONFLICT (case_id) DO UPDATE SET checked_version = excluded.checked_version";

    public async Task<TimelinessRun> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var turned = new List<TurnedDeadline>();
        var (rebuilt, added) = await RebuildChangedCasesAsync(now, turned, cancellationToken);
        var changed = await UpdateStatusesAsync(now, turned, cancellationToken);
        var digests = await SendDigestsAsync(now, turned, cancellationToken);
        LogRun(rebuilt, added + changed, turned.Count, digests);
        return new TimelinessRun(rebuilt, added + changed, turned.Count, digests);
    }

    private async Task<(int Rebuilt, int Added)> RebuildChangedCasesAsync(DateTimeOffset now, List<TurnedDeadline> turned, CancellationToken cancellationToken)
    {
        var rebuilt = 0;
        var addedCount = 0;
        // The next batch is read and computed on another thread while this one is written. Batches are taken
        // in order of case id and each case is in one batch only, so the two never touch the same rows.
        var next = Task.Run(() => ReadBatchAsync(Guid.Empty, cancellationToken), cancellationToken);
        while (await next is { } batch)
        {
            next = Task.Run(() => ReadBatchAsync(batch.Cases[^1].Id, cancellationToken), cancellationToken);
            addedCount += await WriteBatchAsync(batch, now, turned, cancellationToken);
            rebuilt += batch.Cases.Count;
        }

        return (rebuilt, addedCount);
    }

    /// <summary>The next changed cases after the one given, with their deadlines computed and those stored; null when there are none.</summary>
    private async Task<Batch?> ReadBatchAsync(Guid after, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await (
                from c in db.Cases
                join t in db.CaseTimeliness on c.Id equals t.CaseId into checks
                from check in checks.DefaultIfEmpty()
                where c.Id.CompareTo(after) > 0 && (check == null || check.CheckedVersion < c.Version)
                orderby c.Id
                select new ChangedCase(c.Id, c.Version, c.LeadTeamId ?? c.Locality, check != null))
            .Take(CaseBatch)
            .ToListAsync(cancellationToken);
        if (changed.Count == 0)
        {
            return null;
        }

        // One parameter holding the list (not one per case): SQLite binds parameters by name, one search each.
        var ids = changed.Select(c => c.Id).ToList();
        var events = (await db.CaseEvents.AsNoTracking()
                .Where(e => EF.Parameter(ids).Contains(e.CaseId))
                .Select(e => new CaseEventRow { CaseId = e.CaseId, Sequence = e.Sequence, Type = e.Type, FromState = e.FromState, ToState = e.ToState, ActorId = e.ActorId, ActorRole = e.ActorRole, OccurredAt = e.OccurredAt, Data = e.Data })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.CaseId);
        // A case's deadlines and its checked version are written in one transaction, so only a case checked
        // before has deadlines stored.
        var checkedIds = changed.Where(c => c.Checked).Select(c => c.Id).ToList();
        var stored = checkedIds.Count == 0 ? [] : await db.CaseDeadlines.AsNoTracking().Where(d => EF.Parameter(checkedIds).Contains(d.CaseId)).ToListAsync(cancellationToken);

        var computed = new IReadOnlyList<CaseDeadline>[changed.Count];
        Parallel.For(0, changed.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            computed[i] = CaseDeadlines.For(Case.Rehydrate(events[changed[i].Id].OrderBy(e => e.Sequence).Select(CaseRows.ToEvent)), timescales, calendar));
        return new Batch(changed, computed, stored);
    }

    /// <summary>Stores a batch's new deadlines with their status, records meetings on those stored, and marks the cases checked; answers how many deadlines were added.</summary>
    private async Task<int> WriteBatchAsync(Batch batch, DateTimeOffset now, List<TurnedDeadline> turned, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.CaseDeadlines.AttachRange(batch.Stored);
        var stored = batch.Stored.ToLookup(d => d.CaseId);
        var added = new List<CaseDeadlineRow>();
        var turnedHere = new List<TurnedDeadline>();
        for (var i = 0; i < batch.Cases.Count; i++)
        {
            Merge(db, batch.Computed[i], [.. stored[batch.Cases[i].Id]], batch.Cases[i].Team, now, added, turnedHere);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BulkRows.InsertAsync(db, added, onConflict: null, cancellationToken);
        await BulkRows.InsertAsync(db, [.. batch.Cases.Select(c => new CaseTimelinessRow { CaseId = c.Id, CheckedVersion = c.Version })], CheckedVersionUpsert, cancellationToken);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        turned.AddRange(turnedHere);
        return added.Count;
    }

    private static void Merge(EarlyHelpDbContext db, IReadOnlyList<CaseDeadline> computed, List<CaseDeadlineRow> stored, string team, DateTimeOffset now, List<CaseDeadlineRow> added, List<TurnedDeadline> turned)
    {
        foreach (var deadline in computed)
        {
            var kind = deadline.Kind.ToString();
            var existing = stored.Find(s => s.Episode == deadline.Episode && s.Kind == kind && s.Number == deadline.Number);
            if (existing is null)
            {
                // Its status now, as a status change: a deadline first seen amber or breached is reported.
                var row = ToRow(deadline, team);
                Restatus(row, now, turned);
                added.Add(row);
                continue;
            }

            // The dates stay as first computed; only the meeting and the team can change. A deadline met since
            // the last check gets its status here: the later pass looks only at deadlines reaching a point.
            existing.MetAt = deadline.MetAt?.UtcDateTime;
            existing.TeamId = team;
            Restatus(existing, now, turned);
            stored.Remove(existing);
        }

        // Open deadlines the case no longer has (it ended, or consent was withdrawn) are dropped.
        db.CaseDeadlines.RemoveRange(stored.Where(s => s.MetAt is null));
    }

    /// <summary>Gives the row its status at <paramref name="now"/>; answers whether that changed it, noting a turn to amber or breached.</summary>
    private static bool Restatus(CaseDeadlineRow row, DateTimeOffset now, List<TurnedDeadline> turned)
    {
        var status = Word(FromRow(row).StatusAt(now));
        if (status == row.Status)
        {
            return false;
        }

        if (status is "amber" or "breached")
        {
            turned.Add(new TurnedDeadline(row.CaseId, row.TeamId, row.Kind, status, row.DueOn));
        }

        row.Status = status;
        return true;
    }

    private async Task<int> UpdateStatusesAsync(DateTimeOffset now, List<TurnedDeadline> turned, CancellationToken cancellationToken)
    {
        var changedCount = 0;
        var at = now.UtcDateTime;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // Only the deadlines reaching their amber or breach point (each term has its own index of the rows
            // of that status); met ones were given their status when their case was checked. Every row taken
            // changes, so the next batch is the rest.
            var due = await db.CaseDeadlines.AsNoTracking()
                .Where(d => (d.Status == "on-track" && d.AmberFrom <= at) || (d.Status == "amber" && d.BreachedFrom <= at))
                .Take(StatusBatch)
                .ToListAsync(cancellationToken);
            var changes = due.Where(row => Restatus(row, now, turned)).ToList();

            // None changing would mean the query and the rule disagree: stop rather than take the same rows again.
            if (changes.Count == 0)
            {
                return changedCount;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var status in changes.GroupBy(c => c.Status))
            {
                await BulkRows.SetAsync(db, [.. status], nameof(CaseDeadlineRow.Status), status.Key, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            changedCount += changes.Count;
        }
    }

    private async Task<int> SendDigestsAsync(DateTimeOffset now, List<TurnedDeadline> turned, CancellationToken cancellationToken)
    {
        var today = CouncilTime.DateOf(now);
        var sent = 0;
        if (turned.Count == 0)
        {
            return sent;
        }

        var managers = await teams.ManagersAsync(cancellationToken);
        foreach (var team in turned.GroupBy(t => t.TeamId ?? "unallocated"))
        {
            foreach (var manager in managers.Of(team.Key))
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
        foreach (var deadline in turned.OrderBy(t => t.Status).ThenBy(t => t.DueOn).ThenBy(t => t.CaseId).ThenBy(t => t.Kind, StringComparer.Ordinal))
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

    private sealed record ChangedCase(Guid Id, int Version, string Team, bool Checked);

    private sealed record Batch(List<ChangedCase> Cases, IReadOnlyList<CaseDeadline>[] Computed, List<CaseDeadlineRow> Stored);
}

/// <summary>What one timeliness check did.</summary>
internal sealed record TimelinessRun(int CasesRebuilt, int DeadlinesChecked, int TurnedAmberOrBreached, int DigestsQueued);
