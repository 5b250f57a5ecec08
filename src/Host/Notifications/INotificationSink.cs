namespace EarlyHelp.Host.Notifications;

/// <summary>
/// The channel a notification is delivered through. A sink reports failure as a short reason that is
/// stored and logged, so the reason names no person and holds no address or message text.
/// </summary>
internal interface INotificationSink
{
    Task<SinkResult> SendAsync(OutgoingNotification notification, CancellationToken cancellationToken);
}

/// <summary>A notification on its way to its recipient.</summary>
internal sealed record OutgoingNotification(Guid Id, string Recipient, string Kind, string Subject, string Body, Guid? CaseId, int Attempt);

/// <summary>What a sink did with a notification: sent it, or failed for a reason fit to store and log.</summary>
internal sealed record SinkResult(string? FailureReason)
{
    public static SinkResult Sent { get; } = new((string?)null);

    public bool IsSent => FailureReason is null;

    public static SinkResult Failed(string reason) => new(reason);
}
