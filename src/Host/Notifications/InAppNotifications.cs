using EarlyHelp.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Notifications;

/// <summary>
/// A member of staff's own notifications in the application: the delivered ones addressed to them, newest
/// first. Nobody sees or marks another person's notifications.
/// </summary>
internal sealed class InAppNotifications(IDbContextFactory<EarlyHelpDbContext> contexts, TimeProvider time)
{
    public const int MaximumPageSize = 200;

    public async Task<IReadOnlyList<InAppNotification>> ForRecipientAsync(string userId, bool unreadOnly, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        skip = Math.Max(skip, 0);
        take = Math.Clamp(take, 1, MaximumPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = db.Notifications.AsNoTracking().Where(n => n.Recipient == userId && n.Status == NotificationStatuses.Delivered);
        if (unreadOnly)
        {
            mine = mine.Where(n => n.ReadAt == null);
        }

        var rows = await mine
            .OrderByDescending(n => n.DeliveredAt)
            .ThenByDescending(n => n.CreatedAt)
            .ThenBy(n => n.Id)
            .Skip(skip)
            .Take(take)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(n => new InAppNotification(
            n.Id, n.Kind, n.Subject, n.Body, n.CaseId, Utc(n.DeliveredAt!.Value), n.ReadAt is { } read ? Utc(read) : null))];
    }

    public async Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.Recipient == userId && n.Status == NotificationStatuses.Delivered && n.ReadAt == null, cancellationToken);
    }

    /// <summary>
    /// Marks one of the user's delivered notifications read (it stays read if it already was). False when
    /// the user has no such notification, including when it is someone else's.
    /// </summary>
    public async Task<bool> MarkReadAsync(string userId, Guid notificationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var theirs = db.Notifications.Where(n => n.Id == notificationId && n.Recipient == userId && n.Status == NotificationStatuses.Delivered);
        var marked = await theirs.Where(n => n.ReadAt == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        return marked > 0 || await theirs.AnyAsync(cancellationToken);
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

/// <summary>One notification in a member of staff's list.</summary>
internal sealed record InAppNotification(Guid Id, string Kind, string Subject, string Body, Guid? CaseId, DateTimeOffset DeliveredAt, DateTimeOffset? ReadAt)
{
    public bool IsRead => ReadAt is not null;
}
