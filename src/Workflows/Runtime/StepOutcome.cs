namespace EarlyHelp.Workflows.Runtime;

/// <summary>
/// What one step did. The caller saves it in one transaction: the instance, the tasks and timers created
/// and cancelled, the case's new events, and the trace. A refused step must be discarded whole.
/// </summary>
public sealed class StepOutcome
{
    internal StepOutcome(WorkflowInstance instance) => Instance = instance;

    /// <summary>The instance after the step.</summary>
    public WorkflowInstance Instance { get; }

    /// <summary>True when the step was refused (a person's input was not acceptable); nothing may be saved.</summary>
    public bool IsRefused => RefusalReason is not null;

    /// <summary>Why the step was refused.</summary>
    public string? RefusalReason { get; internal set; }

    /// <summary>The trace of the step.</summary>
    public List<TraceEntry> Trace { get; } = [];

    /// <summary>Human tasks created.</summary>
    public List<HumanTask> TasksCreated { get; } = [];

    /// <summary>Human tasks completed, with their outcome.</summary>
    public List<(Guid TaskId, string Outcome)> TasksCompleted { get; } = [];

    /// <summary>Human tasks withdrawn (their activity was cancelled).</summary>
    public List<Guid> TasksCancelled { get; } = [];

    /// <summary>Timers set.</summary>
    public List<TimerRequest> TimersSet { get; } = [];

    /// <summary>Timers no longer needed.</summary>
    public List<Guid> TimersCancelled { get; } = [];
}
