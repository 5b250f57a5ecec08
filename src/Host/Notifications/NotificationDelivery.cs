using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EarlyHelp.Host.Notifications;

/// <summary>
/// Delivers the queued notifications that are due through the configured sink, once each, however many
/// hosts run it at the same time and however often. A run claims a batch with one guarded update (a
/// notification nobody holds, or whose holder's claim has run out), sends each, and records the result
/// under its claim; a failed send is tried again after 1, 2, 4, ... minutes (at most an hour) until the
/// configured number of attempts, then the notification is marked failed with the last reason.
/// </summary>
internal sealed partial class NotificationDelivery(
    IDbContextFactory<EarlyHelpDbContext> contexts,
    INotificationSink sink,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    ILogger<NotificationDelivery> log)
{
    public const int MaximumBatchSize = 1000;
    private const int MaximumReasonLength = 300;
    private static readonly TimeSpan LongestBackOff = TimeSpan.FromHours(1);

    /// <summary>Delivers up to <paramref name="batchSize"/> due notifications; call again while it reports a full batch.</summary>
    public async Task<NotificationDeliveryRun> DeliverDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batchSize, MaximumBatchSize);
        var claim = Guid.NewGuid().ToString("N");
        var claimed = await ClaimAsync(claim, batchSize, cancellationToken);
        var run = new NotificationDeliveryRun(claimed.Count, 0, 0, 0);
        var finished = 0;
        try
        {
            foreach (var row in claimed)
            {
                run = await DeliverAsync(row, claim, run, cancellationToken);
                finished++;
            }
        }
        finally
        {
            if (finished < claimed.Count)
            {
                // Cancelled part way: hand back what was not sent, rather than hold it until the claim runs out.
                await ReleaseAsync(claimed.Skip(finished).Select(r => r.Id).ToList(), claim);
            }
        }

        return run;
    }

    /// <summary>How long to wait before the next attempt after <paramref name="attempts"/> failed ones: 1, 2, 4, ... minutes, at most an hour.</summary>
    public static TimeSpan BackOff(int attempts) =>
        attempts >= 7 ? LongestBackOff : TimeSpan.FromMinutes(Math.Pow(2, Math.Max(attempts, 1) - 1));

    private async Task<List<NotificationRow>> ClaimAsync(string claim, int batchSize, CancellationToken cancellationToken)
    {
        var now = Now();
        var until = now + options.Value.ClaimDuration;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.Notifications.AsNoTracking()
            .Where(n => n.Status == NotificationStatuses.Queued && n.NextAttemptAt <= now && (n.ClaimedUntil == null || n.ClaimedUntil < now))
            .OrderBy(n => n.NextAttemptAt)
            .ThenBy(n => n.Id)
            .Select(n => n.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        // The update repeats the conditions, so of two hosts that read the same due rows only the first to
        // write claims each one: PostgreSQL re-checks the conditions on a row another transaction has just
        // updated, and SQLite has one writer at a time. Then the run reads back what it holds.
        await db.Notifications
            .Where(n => due.Contains(n.Id) && n.Status == NotificationStatuses.Queued && (n.ClaimedUntil == null || n.ClaimedUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ClaimedBy, claim).SetProperty(n => n.ClaimedUntil, until), cancellationToken);
        return await db.Notifications.AsNoTracking()
            .Where(n => n.ClaimedBy == claim)
            .OrderBy(n => n.NextAttemptAt)
            .ThenBy(n => n.Id)
            .ToListAsync(CancellationToken.None);
    }

    private async Task<NotificationDeliveryRun> DeliverAsync(NotificationRow row, string claim, NotificationDeliveryRun run, CancellationToken cancellationToken)
    {
        var attempt = row.Attempts + 1;
        var result = await SendAsync(new OutgoingNotification(row.Id, row.Recipient, row.Kind, row.Subject, row.Body, row.CaseId, attempt), cancellationToken);
        var now = Now();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var held = db.Notifications.Where(n => n.Id == row.Id && n.ClaimedBy == claim);
        int updated;
        if (result.IsSent)
        {
            updated = await held.ExecuteUpdateAsync(
                set => set
                    .SetProperty(n => n.Status, NotificationStatuses.Delivered)
                    .SetProperty(n => n.Attempts, attempt)
                    .SetProperty(n => n.DeliveredAt, now)
                    .SetProperty(n => n.LastError, (string?)null)
                    .SetProperty(n => n.ClaimedBy, (string?)null)
                    .SetProperty(n => n.ClaimedUntil, (DateTime?)null),
                CancellationToken.None);
            LogDelivered(row.Id, row.Kind, attempt);
            run = run with { Delivered = run.Delivered + 1 };
        }
        else
        {
            var reason = Shorten(result.FailureReason!);
            var givingUp = attempt >= options.Value.MaxAttempts;
            var next = givingUp ? row.NextAttemptAt : now + BackOff(attempt);
            updated = await held.ExecuteUpdateAsync(
                set => set
                    .SetProperty(n => n.Status, givingUp ? NotificationStatuses.Failed : NotificationStatuses.Queued)
                    .SetProperty(n => n.Attempts, attempt)
                    .SetProperty(n => n.NextAttemptAt, next)
                    .SetProperty(n => n.LastError, reason)
                    .SetProperty(n => n.ClaimedBy, (string?)null)
                    .SetProperty(n => n.ClaimedUntil, (DateTime?)null),
                CancellationToken.None);
            if (givingUp)
            {
                LogGaveUp(row.Id, row.Kind, attempt, reason);
                run = run with { Failed = run.Failed + 1 };
            }
            else
            {
                LogRetrying(row.Id, row.Kind, attempt, reason, next);
                run = run with { Retrying = run.Retrying + 1 };
            }
        }

        if (updated == 0)
        {
            LogClaimLost(row.Id, row.Kind);
        }

        return run;
    }

    private async Task<SinkResult> SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        try
        {
            return await sink.SendAsync(notification, cancellationToken);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // Only the exception's type: its message may quote a server's answer, and with it an address.
            return SinkResult.Failed($"The notification sink failed unexpectedly ({exception.GetType().Name}).");
        }
    }

    private async Task ReleaseAsync(List<Guid> ids, string claim)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.Notifications
            .Where(n => ids.Contains(n.Id) && n.ClaimedBy == claim)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ClaimedBy, (string?)null).SetProperty(n => n.ClaimedUntil, (DateTime?)null), CancellationToken.None);
    }

    private static string Shorten(string reason) => reason.Length <= MaximumReasonLength ? reason : reason[..MaximumReasonLength];

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationId} ({Kind}) delivered on attempt {Attempt}")]
    private partial void LogDelivered(Guid notificationId, string kind, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId} ({Kind}) attempt {Attempt} failed: {Reason} Next attempt at {NextAttemptAt:o}")]
    private partial void LogRetrying(Guid notificationId, string kind, int attempt, string reason, DateTime nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification {NotificationId} ({Kind}) failed after {Attempts} attempts and will not be tried again: {Reason}")]
    private partial void LogGaveUp(Guid notificationId, string kind, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId} ({Kind}) was sent after its claim ran out, so another host may send it again; raise Notifications:ClaimDuration")]
    private partial void LogClaimLost(Guid notificationId, string kind);
}

/// <summary>What one delivery run did: how many notifications it claimed, delivered, will retry, and gave up on.</summary>
internal sealed record NotificationDeliveryRun(int Claimed, int Delivered, int Retrying, int Failed);
