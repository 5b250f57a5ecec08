using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Families;

namespace EarlyHelp.Workflows.Runtime;

/// <summary>
/// An activity's view of the step: its inputs, the workflow's variables, the case, the clock, and the
/// things it can do: complete by ports, wait (event, timer, task, spawned branches), cancel activities,
/// finish the instance, fire a lifecycle trigger, or fault. An activity must end each call having
/// completed, waited, absorbed the token (joins), faulted or refused.
/// </summary>
public sealed class ActivityContext
{
    private readonly StepRun _run;
    private readonly List<string> _emitted = [];

    internal ActivityContext(StepRun run, ActivityDefinition activity, ActivityDescriptor descriptor, ActivityExecution execution, Connection? arrivedVia, JsonObject state)
    {
        _run = run;
        Activity = activity;
        Execution = execution;
        ArrivedVia = arrivedVia;
        State = state;
        Inputs = new ActivityInputs(activity, descriptor);
    }

    /// <summary>The activity as defined.</summary>
    public ActivityDefinition Activity { get; }

    /// <summary>The activity's inputs.</summary>
    public ActivityInputs Inputs { get; }

    /// <summary>The workflow.</summary>
    public WorkflowDefinition Workflow => _run.Definition;

    /// <summary>The instance's id.</summary>
    public Guid InstanceId => _run.Instance.Id;

    /// <summary>This execution's id.</summary>
    public Guid ExecutionId => Execution.Id;

    /// <summary>The connection the token arrived by; null when resumed or re-checked.</summary>
    public Connection? ArrivedVia { get; }

    /// <summary>
    /// State kept between calls: the execution's own (a loop's count), or for a join the state shared by
    /// every token that reaches it in the same scope.
    /// </summary>
    public JsonObject State { get; }

    /// <summary>The item (a child's id) of the innermost for-each branch around the activity, or null.</summary>
    public string? ScopeItem => Execution.Scope is [.., var frame] ? frame.Item : null;

    /// <summary>The step's clock.</summary>
    public DateTimeOffset Now => _run.Environment.Now;

    /// <summary>The working-day calendar.</summary>
    public WorkingDayCalendar Calendar => _run.Environment.Calendar;

    /// <summary>The case the instance drives, if any.</summary>
    public Case? Case => _run.Environment.Case;

    /// <summary>The case's family, if known.</summary>
    public Family? Family => _run.Environment.Family;

    /// <summary>Who caused the step: the person completing a task, or the system.</summary>
    public Actor Actor => _run.Stimulus is TaskCompleted completed ? completed.By : _run.Environment.Actor;

    /// <summary>The workflow's variables.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Variables => _run.Instance.Variables;

    internal ActivityExecution Execution { get; }

    internal IReadOnlyList<string>? CompletedPorts { get; private set; }

    internal bool Absorbed { get; private set; }

    internal IReadOnlyList<string> Emitted => _emitted;

    internal string? FaultMessage { get; private set; }

    internal (string Port, IReadOnlyList<string> Items)? Spawned { get; private set; }

    internal bool Ended => CompletedPorts is not null || Absorbed || FaultMessage is not null || _run.IsRefused || Execution.Bookmarks.Count > 0;

    /// <summary>Sets a workflow variable.</summary>
    /// <param name="name">The variable.</param>
    /// <param name="value">Its new value.</param>
    public void SetVariable(string name, JsonNode? value) => _run.Instance.Variables[name] = value;

    /// <summary>Completes the activity; a token leaves by each port given (none: the branch ends here).</summary>
    /// <param name="ports">The ports.</param>
    public void Complete(params string[] ports) => CompletedPorts = ports;

    /// <summary>Sends a token out by a port while the activity keeps waiting (a repeating timer's tick).</summary>
    /// <param name="port">The port.</param>
    public void Emit(string port) => _emitted.Add(port);

    /// <summary>A join takes the token without completing: it waits for other branches.</summary>
    public void Absorb() => Absorbed = true;

    /// <summary>Waits for a named event (consuming one that arrived earlier, if any).</summary>
    /// <param name="name">The event's name.</param>
    /// <param name="tag">The activity's label for it.</param>
    public void WaitForEvent(string name, string? tag = null) => Execution.Bookmarks.Add(new Bookmark(BookmarkKind.Event, name, tag));

    /// <summary>Waits until a durable timer is due.</summary>
    /// <param name="dueAt">When.</param>
    /// <param name="tag">The activity's label for it.</param>
    public void SetTimer(DateTimeOffset dueAt, string? tag = null) => _run.SetTimer(Execution, dueAt, tag);

    /// <summary>Creates a human task and waits for it.</summary>
    /// <param name="taskType">The task's type for worklists.</param>
    /// <param name="title">What to do (no personal data).</param>
    /// <param name="assignee">Who it is for.</param>
    /// <param name="dueAt">When it is due.</param>
    /// <param name="outcomes">The outcomes it can be completed with.</param>
    public HumanTask CreateTask(string taskType, string title, Assignee assignee, DateTimeOffset? dueAt, IReadOnlyList<string> outcomes) =>
        _run.CreateTask(Execution, Activity.Id, taskType, title, assignee, dueAt, outcomes);

    /// <summary>Starts one branch per item by the port, and waits until every branch has ended.</summary>
    /// <param name="port">The port the branches start from.</param>
    /// <param name="items">The items (children's ids); at least one.</param>
    public void SpawnBranches(string port, IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            throw new ArgumentException("Spawn at least one branch; complete instead when there are none.", nameof(items));
        }

        Spawned = (port, items);
        Execution.Bookmarks.Add(new Bookmark(BookmarkKind.Branches, Execution.Id.ToString(), port));
    }

    /// <summary>Cancels the listed activities wherever they are waiting, with their tasks and timers.</summary>
    /// <param name="activityIds">The activities.</param>
    public void CancelActivities(IEnumerable<string> activityIds) => _run.CancelActivities(activityIds, Execution.Id);

    /// <summary>Ends the whole instance now, cancelling everything still waiting.</summary>
    /// <param name="status">Completed (explicit termination) or cancelled.</param>
    public void Terminate(InstanceStatus status) => _run.Terminate(status, Activity.Id);

    /// <summary>Raises an incident on this activity: it stays until an administrator retries, skips or cancels it.</summary>
    /// <param name="message">What went wrong.</param>
    public void Fault(string message) => FaultMessage = message;

    /// <summary>
    /// Refuses the step because a person's input is not acceptable: nothing of the step is kept. Only the
    /// activity whose task the person completed can refuse; anywhere else the refusal becomes an incident.
    /// </summary>
    /// <param name="reason">Why, for the person.</param>
    public void Refuse(string reason)
    {
        if (IsPersonsInput)
        {
            _run.Refuse(reason);
        }
        else
        {
            Fault(reason);
        }
    }

    /// <summary>True when this activity is handling a person's input: the task they completed is this activity's.</summary>
    public bool IsPersonsInput => _run.Stimulus is TaskCompleted && _run.PersonsExecutionId == Execution.Id;

    /// <summary>
    /// Fires a case lifecycle trigger. Refused: a person's input is refused with the lifecycle's reason;
    /// otherwise the activity faults with it (an incident, never a silent skip).
    /// </summary>
    /// <typeparam name="TFact">The fact's type.</typeparam>
    /// <param name="trigger">The trigger.</param>
    /// <param name="fact">The fact.</param>
    /// <returns>True when accepted.</returns>
    public bool FireOnCase<TFact>(CaseTrigger trigger, TFact fact)
        where TFact : notnull
    {
        if (Case is null)
        {
            Fault($"{trigger} needs a case, and this instance has none");
            return false;
        }

        var result = Case.Fire(trigger, fact, Actor, Now);
        if (result.IsAccepted)
        {
            _run.Trace(TraceKind.Lifecycle, Activity.Id, $"{trigger}: {result.Outcome.From} -> {result.Outcome.To}");
            return true;
        }

        var reason = $"the case lifecycle refused {trigger}: {result.Reason}";
        if (IsPersonsInput)
        {
            Refuse(reason);
        }
        else
        {
            Fault(reason);
        }

        return false;
    }

    /// <summary>
    /// True when a token can still arrive by the connection: some live token or waiting activity can reach
    /// its source without passing through the activity it leads to.
    /// </summary>
    /// <param name="connection">An inbound connection of this activity.</param>
    public bool CanStillArrive(Connection connection) => _run.CanStillArrive(connection, Execution.Scope);

    /// <summary>Adds a note to the trace.</summary>
    /// <param name="text">The note (no personal data).</param>
    public void Note(string text) => _run.Trace(TraceKind.Note, Activity.Id, text);
}
