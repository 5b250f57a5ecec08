namespace EarlyHelp.Workflows.Ports;

/// <summary>
/// Sends notifications to staff through an outbox: queueing only records the notification, and delivery
/// happens later, once, with retries when the channel fails. The Host implements it over a table in the
/// application's database; the channel (the in-app list by default, or email) is the Host's configuration.
/// </summary>
public interface INotifications
{
    /// <summary>
    /// Queues a notification for delivery at or after <see cref="Notification.NotBefore"/>. Queueing a
    /// notification whose <see cref="Notification.DeduplicationKey"/> is already queued (or delivered, or
    /// failed) does nothing, so a job that runs twice sends one notification.
    /// </summary>
    /// <param name="notification">The notification.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">
    /// The notification has an empty or too long key, recipient, kind or subject, or a kind that is not a code word.
    /// </exception>
    Task QueueAsync(Notification notification, CancellationToken cancellationToken);
}
