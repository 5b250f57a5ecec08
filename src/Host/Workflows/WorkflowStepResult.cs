using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Host.Workflows;

/// <summary>What a committed (or refused) step did, for the caller.</summary>
internal sealed record WorkflowStepResult(Guid InstanceId, bool IsFound, string? RefusalReason, InstanceStatus Status, int Version, IReadOnlyList<TraceEntry> Trace, IReadOnlyList<HumanTask> TasksCreated)
{
    public bool IsRefused => RefusalReason is not null;

    public static WorkflowStepResult NotFound(Guid instanceId) => new(instanceId, false, null, InstanceStatus.Running, 0, [], []);
}
