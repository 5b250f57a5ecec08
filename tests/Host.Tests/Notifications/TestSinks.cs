using System.Collections.Concurrent;
using EarlyHelp.Host.Notifications;

namespace EarlyHelp.Host.Tests.Notifications;

/// <summary>A sink that counts what it is asked to send, and can be told to fail.</summary>
internal sealed class CountingSink : INotificationSink
{
    private readonly ConcurrentDictionary<Guid, int> _sends = new();
    private readonly ConcurrentQueue<OutgoingNotification> _sent = new();

    /// <summary>Null to send; otherwise each send fails with this reason.</summary>
    public string? FailWith { get; set; }

    /// <summary>Thrown from each send, as a sink with a bug would.</summary>
    public Exception? Throw { get; set; }

    public TimeSpan Delay { get; set; }

    public IReadOnlyDictionary<Guid, int> Sends => _sends;

    public IReadOnlyCollection<OutgoingNotification> Sent => _sent;

    public int Total => _sends.Values.Sum();

    public async Task<SinkResult> SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        _sends.AddOrUpdate(notification.Id, 1, (_, count) => count + 1);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (Throw is { } exception)
        {
            throw exception;
        }

        if (FailWith is { } reason)
        {
            return SinkResult.Failed(reason);
        }

        _sent.Enqueue(notification);
        return SinkResult.Sent;
    }
}
