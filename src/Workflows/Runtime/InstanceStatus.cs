namespace EarlyHelp.Workflows.Runtime;

/// <summary>Where a workflow instance stands.</summary>
public enum InstanceStatus
{
    /// <summary>Has live activities: running or waiting for an event, a timer or a person.</summary>
    Running,

    /// <summary>Ended normally: nothing left to do, or an explicit finish.</summary>
    Completed,

    /// <summary>Ended by cancellation.</summary>
    Cancelled,
}
