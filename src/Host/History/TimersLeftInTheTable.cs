using EarlyHelp.Workflows.Ports;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Host.History;

/// <summary>
/// The timer scheduler of an import or a simulation: Quartz is not running on the replay clock, so the replay fires
/// due timers itself (<see cref="DueTimers"/>) and timers still pending at the end stay rows in workflow_timers,
/// which the Host's reconciliation hands to Quartz when it next starts (the table is the truth; Quartz an index).
/// </summary>
internal sealed class TimersLeftInTheTable : ITimerScheduler
{
    public Task ScheduleAsync(IReadOnlyCollection<TimerRequest> timers, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CancelAsync(IReadOnlyCollection<Guid> timerIds, CancellationToken cancellationToken) => Task.CompletedTask;
}
