namespace EarlyHelp.Workflows.Runtime;

/// <summary>One line of an instance's trace: what the engine did, in order.</summary>
/// <param name="At">When (the step's clock).</param>
/// <param name="Kind">What kind of thing happened.</param>
/// <param name="ActivityId">The activity concerned, if any.</param>
/// <param name="Detail">The rest: a port, a task's assignee, a timer's due time, a lifecycle transition.</param>
public sealed record TraceEntry(DateTimeOffset At, TraceKind Kind, string? ActivityId, string Detail)
{
    /// <summary>The line as the scenario runner prints it (without the time).</summary>
    public string Line => ActivityId is null ? $"{Kind} {Detail}".TrimEnd() : $"{Kind} {ActivityId} {Detail}".TrimEnd();
}

/// <summary>The kinds of trace line.</summary>
public enum TraceKind
{
    /// <summary>The instance started.</summary>
    InstanceStarted,

    /// <summary>A token reached an activity.</summary>
    Entered,

    /// <summary>An activity completed by a port.</summary>
    Completed,

    /// <summary>An activity started waiting.</summary>
    Waiting,

    /// <summary>A human task was created.</summary>
    TaskCreated,

    /// <summary>A human task was completed.</summary>
    TaskCompleted,

    /// <summary>A timer was set.</summary>
    TimerSet,

    /// <summary>A timer fired.</summary>
    TimerFired,

    /// <summary>An event was received and consumed by a wait.</summary>
    EventReceived,

    /// <summary>An event arrived before its wait and was kept.</summary>
    EventKept,

    /// <summary>A duplicate event or timer was ignored.</summary>
    Ignored,

    /// <summary>A case lifecycle trigger was accepted.</summary>
    Lifecycle,

    /// <summary>An activity faulted.</summary>
    Incident,

    /// <summary>An incident was resolved.</summary>
    IncidentResolved,

    /// <summary>An activity was cancelled.</summary>
    Cancelled,

    /// <summary>Something an activity chose to note.</summary>
    Note,

    /// <summary>The instance completed.</summary>
    InstanceCompleted,

    /// <summary>The instance was cancelled.</summary>
    InstanceCancelled,

    /// <summary>A step was refused and left nothing behind (a person's input was not acceptable).</summary>
    Refused,

    /// <summary>The case changed outside the workflow (a person acted on the case page).</summary>
    CaseChanged,
}
