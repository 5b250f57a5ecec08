namespace EarlyHelp.Host.Notifications;

/// <summary>The status column of the notifications table.</summary>
internal static class NotificationStatuses
{
    public const string Queued = "queued";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
}
