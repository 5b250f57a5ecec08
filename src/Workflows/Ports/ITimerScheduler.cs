using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Workflows.Ports;

/// <summary>
/// Fires durable timers when they are due. The timers' own table is the truth; a scheduler is an index of
/// due times that can be rebuilt from it, so scheduling the same timer twice, or firing it twice, does no harm.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>Makes sure each timer will fire at its due time (already scheduled ones are left as they are).</summary>
    /// <param name="timers">The timers.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task ScheduleAsync(IReadOnlyCollection<TimerRequest> timers, CancellationToken cancellationToken);

    /// <summary>Forgets timers that are no longer awaited.</summary>
    /// <param name="timerIds">The timers.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task CancelAsync(IReadOnlyCollection<Guid> timerIds, CancellationToken cancellationToken);
}
