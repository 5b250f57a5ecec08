namespace EarlyHelp.Host.Notifications;

/// <summary>
/// The default sink: the recipient reads their notifications in the application, where a delivered
/// notification appears. There is nothing else to send.
/// </summary>
internal sealed class InAppNotificationSink : INotificationSink
{
    public Task<SinkResult> SendAsync(OutgoingNotification notification, CancellationToken cancellationToken) => Task.FromResult(SinkResult.Sent);
}
