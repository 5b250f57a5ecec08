using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>
/// Fires a workflow timer: resumes its instance with the timer's id. Running twice does no harm: the second
/// run finds the timer no longer awaited and the step records only that it was ignored.
/// </summary>
internal sealed partial class WorkflowTimerJob(WorkflowRunner runner, ILogger<WorkflowTimerJob> log) : IJob
{
    public const string TimerId = "timerId";
    public const string InstanceId = "instanceId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var timerId = Guid.Parse(data.GetString(TimerId)!);
        var instanceId = Guid.Parse(data.GetString(InstanceId)!);
        var result = await runner.ResumeAsync(instanceId, new TimerFired(timerId), Actor.System, cancellationToken);
        if (!result.IsFound)
        {
            LogInstanceGone(timerId, instanceId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer {TimerId} fired for instance {InstanceId}, which no longer exists")]
    private partial void LogInstanceGone(Guid timerId, Guid instanceId);
}
