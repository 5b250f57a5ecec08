using System.Text.RegularExpressions;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Workflows.Ports;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Notifications;

/// <summary>
/// Queues notifications as rows of the notifications table, one per deduplication key: the unique index
/// on the key decides between two hosts queueing the same notification at once. Queueing runs in a
/// transaction of its own, not the caller's; the key makes a retried caller harmless.
/// </summary>
internal sealed partial class NotificationOutbox(
    IDbContextFactory<EarlyHelpDbContext> contexts,
    TimeProvider time,
    ILogger<NotificationOutbox> log) : INotifications
{
    public async Task QueueAsync(Notification notification, CancellationToken cancellationToken)
    {
        Check(notification);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await ExistsAsync(db, notification.DeduplicationKey, cancellationToken))
        {
            LogDuplicate(notification.Kind);
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var notBefore = notification.NotBefore?.UtcDateTime;
        var row = new NotificationRow
        {
            Id = Guid.NewGuid(),
            DedupKey = notification.DeduplicationKey,
            Recipient = notification.Recipient,
            Kind = notification.Kind,
            Subject = notification.Subject,
            Body = notification.Body,
            CaseId = notification.CaseId,
            CreatedAt = now,
            NotBefore = notBefore,
            Status = NotificationStatuses.Queued,
            NextAttemptAt = notBefore > now ? notBefore.Value : now,
        };
        db.Notifications.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another caller inserted the same key between the check and the insert, and the unique index
            // kept theirs. Any other failure leaves no row with the key, and is not ours to hide.
            db.ChangeTracker.Clear();
            if (!await ExistsAsync(db, notification.DeduplicationKey, cancellationToken))
            {
                throw;
            }

            LogDuplicate(notification.Kind);
            return;
        }

        LogQueued(row.Id, row.Kind, notBefore is not null);
    }

    private static Task<bool> ExistsAsync(EarlyHelpDbContext db, string key, CancellationToken cancellationToken) =>
        db.Notifications.AnyAsync(n => n.DedupKey == key, cancellationToken);

    private static void Check(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        Require(notification.DeduplicationKey, Notification.MaximumKeyLength, nameof(Notification.DeduplicationKey));
        Require(notification.Recipient, Notification.MaximumKeyLength, nameof(Notification.Recipient));
        Require(notification.Kind, Notification.MaximumKeyLength, nameof(Notification.Kind));
        Require(notification.Subject, Notification.MaximumSubjectLength, nameof(Notification.Subject));
        ArgumentNullException.ThrowIfNull(notification.Body, nameof(Notification.Body));
        // The kind goes into the logs, so it is held to a code word that cannot carry anyone's name.
        if (!KindPattern().IsMatch(notification.Kind))
        {
            throw new ArgumentException("A notification's kind is lower-case letters, digits and hyphens, such as \"review-reminder\".", nameof(notification));
        }
    }

    private static void Require(string value, int maximumLength, string name)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > maximumLength)
        {
            throw new ArgumentException($"A notification's {name} is required and at most {maximumLength} characters.", name);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KindPattern();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Notification {NotificationId} ({Kind}) queued; deferred: {Deferred}")]
    private partial void LogQueued(Guid notificationId, string kind, bool deferred);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A {Kind} notification with the same deduplication key was queued before; this one is ignored")]
    private partial void LogDuplicate(string kind);
}
