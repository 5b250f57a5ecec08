using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Workflows.Versions;

/// <summary>What applying a plan did: the moved instance to save, or the reason nothing moved.</summary>
/// <param name="Plan">The plan applied.</param>
/// <param name="Instance">The instance on the newer version, to save; null when refused.</param>
/// <param name="Reason">Why it was refused; null when it moved.</param>
public sealed record InstanceMigrationResult(InstanceMigrationPlan Plan, WorkflowInstance? Instance, string? Reason)
{
    /// <summary>True when the instance moved and <see cref="Instance"/> is to be saved.</summary>
    public bool IsApplied => Reason is null;
}
