using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Workflows.Runtime;

/// <summary>
/// One step of one instance: tokens move along connections until every branch has ended or is waiting.
/// Everything the step does is recorded on its <see cref="StepOutcome"/> for the caller to save at once.
/// </summary>
internal sealed class StepRun
{
    /// <summary>How many activities one step may run before it is judged a loop with no wait.</summary>
    public const int ActivationBudget = 10_000;

    /// <summary>Events named "case/..." tell an instance about a change made to its case outside it.</summary>
    public const string CaseNoticePrefix = "case/";

    private readonly ActivityCatalogue _catalogue;
    private readonly Queue<WorkItem> _queue = new();
    private readonly StepOutcome _outcome;
    private int _activations;
    private int _workSinceJoinCheck;

    public StepRun(WorkflowDefinition definition, ActivityCatalogue catalogue, StepEnvironment environment, WorkflowInstance instance, Stimulus? stimulus)
    {
        Definition = definition;
        _catalogue = catalogue;
        Environment = environment;
        Stimulus = stimulus;
        _outcome = new StepOutcome(instance);
    }

    public WorkflowDefinition Definition { get; }

    public StepEnvironment Environment { get; }

    public Stimulus? Stimulus { get; }

    public WorkflowInstance Instance => _outcome.Instance;

    public bool IsRefused => _outcome.IsRefused;

    /// <summary>The execution whose task a person completed in this step, if any: only it may refuse their input.</summary>
    public Guid? PersonsExecutionId { get; private set; }

    public StepOutcome Start()
    {
        Trace(TraceKind.InstanceStarted, null, $"{Definition.Id} v{Definition.Version}");
        var start = Definition.Activities.FirstOrDefault(a => Descriptor(a)?.Traits.HasFlag(ActivityTraits.Start) == true)
            ?? throw new InvalidOperationException($"Workflow {Definition.Id} v{Definition.Version} has no start activity.");
        _queue.Enqueue(new TokenItem(start.Id, [], null));
        return Run();
    }

    public StepOutcome Resume(Stimulus stimulus)
    {
        if (!Instance.IsRunning)
        {
            Trace(TraceKind.Ignored, null, $"the instance is {Instance.Status.ToString().ToLowerInvariant()}");
            return _outcome;
        }

        switch (stimulus)
        {
            case EventReceived received:
                Receive(received);
                break;
            case TimerFired fired:
                ResumeBookmark(BookmarkKind.Timer, fired.TimerId.ToString(), stimulus, TraceKind.TimerFired);
                break;
            case TaskCompleted completed:
                if (!ResumeBookmark(BookmarkKind.Task, completed.TaskId.ToString(), stimulus, TraceKind.TaskCompleted))
                {
                    Refuse("the task is not open: it was completed or withdrawn already");
                }

                break;
            case RetryIncident retry:
                Retry(retry.IncidentId);
                break;
            case SkipIncident skip:
                Skip(skip.IncidentId, skip.Port);
                break;
            case CancelIncident cancel:
                CancelFaulted(cancel.IncidentId);
                break;
            case CancelInstance cancelInstance:
                Terminate(InstanceStatus.Cancelled, null);
                Trace(TraceKind.Note, null, cancelInstance.Reason);
                break;
            default:
                throw new ArgumentException($"Unknown stimulus {stimulus.GetType().Name}.", nameof(stimulus));
        }

        return Run();
    }

    public void Trace(TraceKind kind, string? activityId, string detail) =>
        _outcome.Trace.Add(new TraceEntry(Environment.Now, kind, activityId, detail));

    public void Refuse(string reason) => _outcome.RefusalReason ??= reason;

    public void SetTimer(ActivityExecution execution, DateTimeOffset dueAt, string? tag)
    {
        var timer = new TimerRequest(Guid.NewGuid(), Instance.Id, execution.ActivityId, dueAt);
        execution.Bookmarks.Add(new Bookmark(BookmarkKind.Timer, timer.TimerId.ToString(), tag, dueAt));
        _outcome.TimersSet.Add(timer);
        Trace(TraceKind.TimerSet, execution.ActivityId, $"due {dueAt:yyyy-MM-dd HH:mm}Z" + (tag is null ? "" : $" ({tag})"));
    }

    public HumanTask CreateTask(ActivityExecution execution, string activityId, string taskType, string title, Assignee assignee, DateTimeOffset? dueAt, IReadOnlyList<string> outcomes)
    {
        var task = new HumanTask(Guid.NewGuid(), Instance.Id, activityId, Instance.CaseId, taskType, title, assignee, Environment.Now, dueAt, outcomes);
        execution.Bookmarks.Add(new Bookmark(BookmarkKind.Task, task.Id.ToString(), taskType, dueAt));
        _outcome.TasksCreated.Add(task);
        Trace(TraceKind.TaskCreated, activityId, $"{taskType} for {assignee}" + (dueAt is { } due ? $" due {due:yyyy-MM-dd}" : ""));
        return task;
    }

    public void CancelActivities(IEnumerable<string> activityIds, Guid except)
    {
        var ids = activityIds.ToHashSet(StringComparer.Ordinal);
        foreach (var execution in Instance.Executions.Where(e => ids.Contains(e.ActivityId) && e.Id != except).ToList())
        {
            Cancel(execution);
        }

        var kept = _queue.Where(item => item is not TokenItem token || !ids.Contains(token.ActivityId)).ToList();
        _queue.Clear();
        kept.ForEach(_queue.Enqueue);
        foreach (var key in Instance.SharedStates.Keys.Where(k => ids.Contains(JoinActivity(k))).ToList())
        {
            Instance.SharedStates.Remove(key);
        }
    }

    public void Terminate(InstanceStatus status, string? activityId)
    {
        foreach (var execution in Instance.Executions.ToList())
        {
            Cancel(execution);
        }

        _queue.Clear();
        Instance.SharedStates.Clear();
        Instance.PendingEvents.Clear();
        Instance.Status = status;
        Instance.EndedAt = Environment.Now;
        Trace(status == InstanceStatus.Completed ? TraceKind.InstanceCompleted : TraceKind.InstanceCancelled, activityId, "");
    }

    public bool CanStillArrive(Connection connection, IReadOnlyList<ScopeFrame> scope)
    {
        // Live positions: tokens still queued and activities waiting, in the same scope or around it.
        var live = _queue.OfType<TokenItem>().Where(t => Encloses(scope, t.Scope)).Select(t => t.ActivityId)
            .Concat(Instance.Executions.Where(e => Encloses(scope, e.Scope)).Select(e => e.ActivityId))
            .Where(id => id != connection.To)
            .ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(live, StringComparer.Ordinal);
        var frontier = new Queue<string>(live);
        while (frontier.Count > 0)
        {
            var at = frontier.Dequeue();
            if (at == connection.From)
            {
                return true;
            }

            foreach (var next in Definition.Connections.Where(c => c.From == at && c.To != connection.To).Select(c => c.To))
            {
                if (seen.Add(next))
                {
                    frontier.Enqueue(next);
                }
            }
        }

        return false;
    }

    private StepOutcome Run()
    {
        while (!IsRefused)
        {
            while (_queue.Count > 0 && !IsRefused && Instance.IsRunning)
            {
                switch (_queue.Dequeue())
                {
                    case TokenItem token:
                        Activate(token);
                        break;
                    case ResumeItem resume:
                        ResumeExecution(resume);
                        break;
                }
            }

            if (IsRefused || !Instance.IsRunning || !QueueEndedBranchesAndJoins())
            {
                break;
            }
        }

        if (!IsRefused && Instance.IsRunning && Instance.Executions.Count == 0 && _queue.Count == 0)
        {
            Instance.Status = InstanceStatus.Completed;
            Instance.EndedAt = Environment.Now;
            Instance.PendingEvents.Clear();
            Instance.SharedStates.Clear();
            Trace(TraceKind.InstanceCompleted, null, "");
        }

        return _outcome;
    }

    /// <summary>After the queue drains: resume for-each activities whose branches all ended, and re-check waiting joins.</summary>
    private bool QueueEndedBranchesAndJoins()
    {
        var queued = false;
        foreach (var execution in Instance.Executions.Where(e => !e.IsFaulted).ToList())
        {
            foreach (var bookmark in execution.Bookmarks.Where(b => b.Kind == BookmarkKind.Branches).ToList())
            {
                if (!Instance.Executions.Any(e => e.Scope.Any(f => f.ExecutionId == execution.Id)))
                {
                    _queue.Enqueue(new ResumeItem(execution.Id, bookmark, new EventReceived(execution.Id.ToString(), "branches-ended")));
                    queued = true;
                }
            }
        }

        // A waiting join may have become ready because a branch elsewhere ended; look again, but only after
        // other work, so joins that nothing can change are not re-checked for ever.
        if (_workSinceJoinCheck > 0)
        {
            _workSinceJoinCheck = 0;
            foreach (var (key, state) in Instance.SharedStates.Where(j => IsJoin(JoinActivity(j.Key))).ToList())
            {
                _queue.Enqueue(new TokenItem(JoinActivity(key), ReadScope(state), null) { IsRecheck = true });
                queued = true;
            }
        }

        return queued;
    }

    private void Activate(TokenItem token)
    {
        var activity = Definition.FindActivity(token.ActivityId)
            ?? throw new InvalidOperationException($"Connection to unknown activity {token.ActivityId}.");
        var implementation = _catalogue.Find(activity.Type, activity.TypeVersion);
        var execution = token.RetryOf ?? new ActivityExecution(Guid.NewGuid(), activity.Id, token.Scope);
        if (implementation is null)
        {
            Conclude(activity, execution, null, $"the activity type {activity.Type} v{activity.TypeVersion} is not known to this engine");
            return;
        }

        if (++_activations > ActivationBudget)
        {
            Conclude(activity, execution, null, $"more than {ActivationBudget} activities ran in one step: is there a loop with no wait?");
            return;
        }

        var isJoin = implementation.Descriptor.Traits.HasFlag(ActivityTraits.Join);
        var sharesState = isJoin || implementation.Descriptor.Traits.HasFlag(ActivityTraits.BoundedLoop);
        if (!token.IsRecheck)
        {
            _workSinceJoinCheck++;
            Trace(TraceKind.Entered, activity.Id, token.ArrivedVia is { } via ? $"from {via.From}.{via.Port}" : "");
        }

        var state = sharesState ? JoinState(activity.Id, token.Scope) : execution.State;
        var context = new ActivityContext(this, activity, implementation.Descriptor, execution, token.ArrivedVia, state);
        implementation.Execute(context);
        Conclude(activity, execution, context, context.FaultMessage);
        if (sharesState)
        {
            ForgetFinishedJoin(activity.Id, token.Scope);
        }
    }

    private void ResumeExecution(ResumeItem resume)
    {
        var execution = Instance.Executions.FirstOrDefault(e => e.Id == resume.ExecutionId);
        if (execution is null || !execution.Bookmarks.Remove(resume.Bookmark))
        {
            return;
        }

        _workSinceJoinCheck++;
        var activity = Definition.FindActivity(execution.ActivityId)!;
        var implementation = _catalogue.Find(activity.Type, activity.TypeVersion)!;
        var context = new ActivityContext(this, activity, implementation.Descriptor, execution, null, execution.State);
        implementation.Resume(context, resume.Bookmark, resume.Stimulus);
        Conclude(activity, execution, context, context.FaultMessage);
    }

    private void Conclude(ActivityDefinition activity, ActivityExecution execution, ActivityContext? context, string? fault)
    {
        if (IsRefused || !Instance.IsRunning)
        {
            return;
        }

        if (fault is not null)
        {
            RaiseIncident(activity, execution, fault);
            return;
        }

        foreach (var port in context!.Emitted)
        {
            Trace(TraceKind.Note, activity.Id, $"emits {port}");
            foreach (var connection in Definition.ConnectionsFrom(activity.Id, port))
            {
                _queue.Enqueue(new TokenItem(connection.To, execution.Scope, connection));
            }
        }

        if (context.CompletedPorts is { } ports)
        {
            Finish(execution);
            Trace(TraceKind.Completed, activity.Id, ports.Count == 0 ? "(branch ends)" : $"via {string.Join(", ", ports)}");
            foreach (var port in ports)
            {
                foreach (var connection in Definition.ConnectionsFrom(activity.Id, port))
                {
                    _queue.Enqueue(new TokenItem(connection.To, execution.Scope, connection));
                }
            }

            return;
        }

        if (context.Absorbed)
        {
            if (context.ArrivedVia is not null)
            {
                Trace(TraceKind.Waiting, activity.Id, "for other branches");
            }

            return;
        }

        if (execution.Bookmarks.Count == 0)
        {
            throw new InvalidOperationException($"{activity.Type} ended its turn without completing, waiting or faulting.");
        }

        if (!Instance.Executions.Contains(execution))
        {
            Instance.Executions.Add(execution);
        }

        foreach (var bookmark in execution.Bookmarks.Where(b => b.Kind == BookmarkKind.Event))
        {
            Trace(TraceKind.Waiting, activity.Id, $"for event {bookmark.Key}");
        }

        if (context.Spawned is { } spawned)
        {
            Trace(TraceKind.Waiting, activity.Id, $"for {spawned.Items.Count} branches");
            foreach (var item in spawned.Items)
            {
                foreach (var connection in Definition.ConnectionsFrom(activity.Id, spawned.Port))
                {
                    _queue.Enqueue(new TokenItem(connection.To, [.. execution.Scope, new ScopeFrame(execution.Id, item)], connection));
                }
            }
        }

        ConsumeKeptEvents(execution);
    }

    private void RaiseIncident(ActivityDefinition activity, ActivityExecution execution, string message)
    {
        var attempts = Instance.Incidents.Count(i => i.ExecutionId == execution.Id) + 1;
        CancelBookmarks(execution);
        execution.IsFaulted = true;
        if (!Instance.Executions.Contains(execution))
        {
            Instance.Executions.Add(execution);
        }

        Instance.Incidents.Add(new Incident(Guid.NewGuid(), execution.Id, activity.Id, message, Environment.Now, attempts));
        Trace(TraceKind.Incident, activity.Id, message);
    }

    private void Receive(EventReceived received)
    {
        if (!Instance.ReceivedEventIds.Add(received.Id))
        {
            Trace(TraceKind.Ignored, null, $"event {received.Name} ({received.Id}) was already received");
            return;
        }

        var waiting = Instance.Executions
            .Where(e => !e.IsFaulted && (received.ScopeItem is null || e.Scope is [.., var frame] && frame.Item == received.ScopeItem))
            .Select(e => (Execution: e, Bookmark: e.Bookmarks.FirstOrDefault(b => b.Kind == BookmarkKind.Event && b.Key == received.Name)))
            .Where(w => w.Bookmark is not null)
            .ToList();
        if (waiting.Count == 0)
        {
            // Notices of case changes keep only the newest of each kind, so a long-lived instance that never
            // waits for them does not collect them for years; other events are kept until a wait takes them.
            var replaces = received.Name.StartsWith(CaseNoticePrefix, StringComparison.Ordinal)
                ? Instance.PendingEvents.RemoveAll(p => p.Name == received.Name && p.ScopeItem == received.ScopeItem)
                : 0;
            Instance.PendingEvents.Add(new PendingEvent(received.Id, received.Name, received.ScopeItem, received.Payload, Environment.Now));
            Trace(TraceKind.EventKept, null, replaces > 0 ? $"{received.Name} (in place of an earlier one)" : received.Name);
            return;
        }

        foreach (var (execution, bookmark) in waiting)
        {
            Trace(TraceKind.EventReceived, execution.ActivityId, received.Name);
            _queue.Enqueue(new ResumeItem(execution.Id, bookmark!, received));
        }
    }

    private void ConsumeKeptEvents(ActivityExecution execution)
    {
        foreach (var bookmark in execution.Bookmarks.Where(b => b.Kind == BookmarkKind.Event).ToList())
        {
            var kept = Instance.PendingEvents.FirstOrDefault(p => p.Name == bookmark.Key
                && (p.ScopeItem is null || execution.Scope is [.., var frame] && frame.Item == p.ScopeItem));
            if (kept is not null)
            {
                Instance.PendingEvents.Remove(kept);
                Trace(TraceKind.EventReceived, execution.ActivityId, $"{kept.Name} (kept since {kept.ReceivedAt:yyyy-MM-dd HH:mm}Z)");
                _queue.Enqueue(new ResumeItem(execution.Id, bookmark, new EventReceived(kept.Id, kept.Name, kept.ScopeItem, kept.Payload)));
                return;
            }
        }
    }

    private bool ResumeBookmark(BookmarkKind kind, string key, Stimulus stimulus, TraceKind traceKind)
    {
        foreach (var execution in Instance.Executions.Where(e => !e.IsFaulted))
        {
            var bookmark = execution.Bookmarks.FirstOrDefault(b => b.Kind == kind && b.Key == key);
            if (bookmark is not null)
            {
                Trace(traceKind, execution.ActivityId, stimulus is TaskCompleted completed ? $"with {completed.Outcome}" : "");
                if (stimulus is TaskCompleted done)
                {
                    _outcome.TasksCompleted.Add((done.TaskId, done.Outcome));
                    PersonsExecutionId = execution.Id;
                }

                _queue.Enqueue(new ResumeItem(execution.Id, bookmark, stimulus));
                return true;
            }
        }

        Trace(TraceKind.Ignored, null, $"{kind.ToString().ToLowerInvariant()} {key} is not awaited");
        return false;
    }

    private void Retry(Guid incidentId)
    {
        if (OpenIncident(incidentId) is not { } found)
        {
            return;
        }

        var (incident, execution) = found;
        Resolve(incident, IncidentResolution.Retried);
        Instance.Executions.Remove(execution);
        execution.IsFaulted = false;
        _queue.Enqueue(new TokenItem(execution.ActivityId, execution.Scope, null) { RetryOf = execution });
    }

    private void Skip(Guid incidentId, string? port)
    {
        if (OpenIncident(incidentId) is not { } found)
        {
            return;
        }

        var (incident, execution) = found;
        var activity = Definition.FindActivity(execution.ActivityId)!;
        var ports = _catalogue.PortsOf(activity);
        var chosen = port ?? (ports.Count > 0 ? ports[0] : null);
        if (chosen is not null && !ports.Contains(chosen))
        {
            Refuse($"{activity.Id} has no port '{chosen}': use one of {string.Join(", ", ports)}");
            return;
        }

        Resolve(incident, IncidentResolution.Skipped);
        Finish(execution);
        Trace(TraceKind.Completed, activity.Id, chosen is null ? "(skipped; branch ends)" : $"via {chosen} (skipped)");
        if (chosen is not null)
        {
            foreach (var connection in Definition.ConnectionsFrom(activity.Id, chosen))
            {
                _queue.Enqueue(new TokenItem(connection.To, execution.Scope, connection));
            }
        }
    }

    private void CancelFaulted(Guid incidentId)
    {
        if (OpenIncident(incidentId) is { } found)
        {
            Resolve(found.Incident, IncidentResolution.Cancelled);
            Cancel(found.Execution);
        }
    }

    private (Incident Incident, ActivityExecution Execution)? OpenIncident(Guid incidentId)
    {
        var incident = Instance.Incidents.FirstOrDefault(i => i.Id == incidentId && i.IsOpen);
        var execution = incident is null ? null : Instance.Executions.FirstOrDefault(e => e.Id == incident.ExecutionId && e.IsFaulted);
        if (incident is null || execution is null)
        {
            Refuse("the incident is not open");
            return null;
        }

        return (incident, execution);
    }

    private void Resolve(Incident incident, IncidentResolution resolution)
    {
        Instance.Incidents[Instance.Incidents.IndexOf(incident)] = incident with { Resolution = resolution };
        Trace(TraceKind.IncidentResolved, incident.ActivityId, resolution.ToString().ToLowerInvariant());
    }

    private void Cancel(ActivityExecution execution)
    {
        Finish(execution);
        Trace(TraceKind.Cancelled, execution.ActivityId, "");
        foreach (var spawned in Instance.Executions.Where(e => e.Scope.Any(f => f.ExecutionId == execution.Id)).ToList())
        {
            Cancel(spawned);
        }
    }

    private void Finish(ActivityExecution execution)
    {
        CancelBookmarks(execution);
        Instance.Executions.Remove(execution);
    }

    private void CancelBookmarks(ActivityExecution execution)
    {
        foreach (var bookmark in execution.Bookmarks)
        {
            if (bookmark.Kind == BookmarkKind.Timer)
            {
                _outcome.TimersCancelled.Add(Guid.Parse(bookmark.Key));
            }
            else if (bookmark.Kind == BookmarkKind.Task)
            {
                _outcome.TasksCancelled.Add(Guid.Parse(bookmark.Key));
            }
        }

        execution.Bookmarks.Clear();
    }

    private JsonObject JoinState(string activityId, IReadOnlyList<ScopeFrame> scope)
    {
        var key = JoinKey(activityId, scope);
        if (!Instance.SharedStates.TryGetValue(key, out var state))
        {
            state = new JsonObject { ["scope"] = new JsonArray([.. scope.Select(f => (JsonNode)new JsonObject { ["execution"] = f.ExecutionId.ToString(), ["item"] = f.Item })]) };
            Instance.SharedStates[key] = state;
        }

        return state;
    }

    private void ForgetFinishedJoin(string activityId, IReadOnlyList<ScopeFrame> scope)
    {
        // A join clears its state (all but its scope) when it has nothing more to wait for.
        var key = JoinKey(activityId, scope);
        if (Instance.SharedStates.TryGetValue(key, out var state) && state.All(p => p.Key == "scope"))
        {
            Instance.SharedStates.Remove(key);
        }
    }

    private static string JoinKey(string activityId, IReadOnlyList<ScopeFrame> scope) =>
        scope.Count == 0 ? activityId : $"{activityId}|{string.Join('/', scope.Select(f => $"{f.ExecutionId:N}:{f.Item}"))}";

    private static string JoinActivity(string key) => key.Split('|')[0];

    private static IReadOnlyList<ScopeFrame> ReadScope(JsonObject state) =>
        state["scope"] is JsonArray frames
            ? [.. frames.OfType<JsonObject>().Select(f => new ScopeFrame(Guid.Parse(f["execution"]!.GetValue<string>()), f["item"]!.GetValue<string>()))]
            : [];

    private static bool Encloses(IReadOnlyList<ScopeFrame> outer, IReadOnlyList<ScopeFrame> inner) =>
        inner.Count >= outer.Count && outer.SequenceEqual(inner.Take(outer.Count));

    private bool IsJoin(string activityId) =>
        Definition.FindActivity(activityId) is { } activity && Descriptor(activity)?.Traits.HasFlag(ActivityTraits.Join) == true;

    private ActivityDescriptor? Descriptor(ActivityDefinition activity) => _catalogue.Find(activity.Type, activity.TypeVersion)?.Descriptor;

    private abstract record WorkItem;

    private sealed record TokenItem(string ActivityId, IReadOnlyList<ScopeFrame> Scope, Connection? ArrivedVia) : WorkItem
    {
        public bool IsRecheck { get; init; }

        public ActivityExecution? RetryOf { get; init; }
    }

    private sealed record ResumeItem(Guid ExecutionId, Bookmark Bookmark, Stimulus Stimulus) : WorkItem;
}
