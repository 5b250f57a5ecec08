using EarlyHelp.Host.Notifications;
using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>
/// Delivers the notifications that are due, every minute, batch after batch while full batches come back.
/// Each notification is claimed before it is sent, so a second run (or another host) never sends it twice.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class NotificationDeliveryJob(NotificationDelivery delivery) : IJob
{
    public const int BatchSize = 200;

    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        NotificationDeliveryRun run;
        do
        {
            run = await delivery.DeliverDueAsync(BatchSize, cancellationToken);
        }
        while (run.Claimed == BatchSize && !cancellationToken.IsCancellationRequested);
    }
}
