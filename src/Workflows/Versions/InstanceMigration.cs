using System.Text.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Conditions;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Workflows.Versions;

/// <summary>
/// Moves running instances from one version of their workflow to another (DESIGN.md: an instance stays on the
/// version it started on unless moved by an explicit old-activity to new-activity map, with a dry run and an
/// audit record). <see cref="Plan"/> says what would happen to one instance and what stops it; <see cref="DryRun"/>
/// plans many; <see cref="Apply"/> carries out a plan that nothing stops. Nothing here does I/O: the Host saves
/// the moved instances, moves their task and timer rows, and saves an <see cref="InstanceMigrationRecord"/>, in
/// one transaction.
/// </summary>
/// <remarks>
/// The compatibility rule (<see cref="AreCompatible"/>): a waiting or faulted activity moves only to an activity
/// of the same type key and the same type version. Its bookmarks (a human task, a timer, an event, spawned
/// branches) and its saved state were made by that implementation, and only that implementation reads them
/// correctly when it resumes; anything else would orphan them (a task mapped to a delay would leave the task
/// open with nothing to complete, and no timer for the delay). On top of that, a waiting activity moves only
/// when its new activity has every port the old one could leave by (a task's outcomes were fixed when the task
/// was created). Joins part-way through and loops' counts follow the same rule.
/// </remarks>
public static class InstanceMigration
{
    /// <summary>
    /// The compatibility rule: true when what waits at <paramref name="older"/> can carry over to
    /// <paramref name="newer"/>, that is when both have the same type key and type version.
    /// </summary>
    /// <param name="older">The activity in the version moved from.</param>
    /// <param name="newer">The activity in the version moved to.</param>
    public static bool AreCompatible(ActivityDefinition older, ActivityDefinition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return older.Type == newer.Type && older.TypeVersion == newer.TypeVersion;
    }

    /// <summary>
    /// Checks a map on its own: every key an activity of <paramref name="from"/>, every target an activity of
    /// <paramref name="to"/>, and each pair compatible. The map is checked whole, so a wrong entry stops every
    /// instance planned with it, even one that does not wait where the entry is about.
    /// </summary>
    /// <param name="from">The version moved from.</param>
    /// <param name="to">The version moved to.</param>
    /// <param name="activityMap">Older activity id to newer activity id.</param>
    /// <param name="catalogue">The activity types, for their names in messages.</param>
    public static IReadOnlyList<MigrationProblem> CheckMap(WorkflowDefinition from, WorkflowDefinition to, IReadOnlyDictionary<string, string> activityMap, ActivityCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(activityMap);
        ArgumentNullException.ThrowIfNull(catalogue);
        var problems = new List<MigrationProblem>();
        foreach (var (key, target) in activityMap.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var source = from.FindActivity(key);
            var destination = to.FindActivity(target);
            if (source is null)
            {
                problems.Add(new MigrationProblem(MigrationProblemCodes.MapKeyUnknown,
                    $"the map moves '{key}', which is not an activity of v{from.Version}{DidYouMean(key, from)}: correct or remove that entry", key));
            }

            if (destination is null)
            {
                problems.Add(new MigrationProblem(MigrationProblemCodes.MapTargetUnknown,
                    $"the map moves '{key}' to '{target}', which is not an activity of v{to.Version}{DidYouMean(target, to)}: map it to an activity v{to.Version} has", key));
            }

            if (source is not null && destination is not null && !AreCompatible(source, destination))
            {
                problems.Add(new MigrationProblem(MigrationProblemCodes.MapIncompatibleType,
                    $"the map moves '{key}' ({Describe(source, catalogue)}) to '{target}' ({Describe(destination, catalogue)}): {Waits(source, catalogue)} would be orphaned; map it to an activity of the same type and type version",
                    key));
            }
        }

        return problems;
    }

    /// <summary>
    /// Plans moving one instance from <paramref name="from"/> to <paramref name="to"/>. Each waiting or faulted
    /// activity goes to the activity the map names, or else to the activity with the same id in
    /// <paramref name="to"/>; the plan lists what stops the move instead of throwing.
    /// </summary>
    /// <param name="instance">The instance as last saved; it is not changed (the plan keeps a copy).</param>
    /// <param name="from">The version the instance runs on.</param>
    /// <param name="to">The published version to move it to.</param>
    /// <param name="activityMap">Older activity id to newer activity id; an entry wins over an activity with the same id.</param>
    /// <param name="catalogue">The activity types.</param>
    public static InstanceMigrationPlan Plan(WorkflowInstance instance, WorkflowDefinition from, WorkflowDefinition to, IReadOnlyDictionary<string, string> activityMap, ActivityCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(activityMap);
        ArgumentNullException.ThrowIfNull(catalogue);
        return new Planning(WorkflowEngine.Copy(instance), from, to, new Dictionary<string, string>(activityMap, StringComparer.Ordinal), catalogue).Run();
    }

    /// <summary>Plans moving each of several instances with the same map, and sums up what would happen; applies nothing.</summary>
    /// <param name="instances">The instances (usually every running instance of <paramref name="from"/>).</param>
    /// <param name="from">The version moved from.</param>
    /// <param name="to">The published version moved to.</param>
    /// <param name="activityMap">Older activity id to newer activity id.</param>
    /// <param name="catalogue">The activity types.</param>
    public static MigrationDryRun DryRun(IEnumerable<WorkflowInstance> instances, WorkflowDefinition from, WorkflowDefinition to, IReadOnlyDictionary<string, string> activityMap, ActivityCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(instances);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(activityMap);
        ArgumentNullException.ThrowIfNull(catalogue);
        return new MigrationDryRun(
            to.Id,
            from.Version,
            to.Version,
            new Dictionary<string, string>(activityMap, StringComparer.Ordinal),
            CheckMap(from, to, activityMap, catalogue),
            [.. instances.Select(i => Plan(i, from, to, activityMap, catalogue))]);
    }

    /// <summary>
    /// Carries out a plan: a copy of the planned instance on the newer version, with its executions, open
    /// incidents, joins and loop counts under their new activity ids and the newer version's new variables at
    /// their defaults. Refused (with the reason) unless the plan's verdict is <see cref="MigrationVerdict.Moves"/>.
    /// </summary>
    /// <param name="plan">The plan.</param>
    public static InstanceMigrationResult Apply(InstanceMigrationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.CanMove)
        {
            return new InstanceMigrationResult(plan, null, plan.Summary);
        }

        var moved = WorkflowEngine.Copy(plan.Instance);
        moved.DefinitionVersion = plan.ToVersion;
        var targets = plan.Executions.ToDictionary(m => m.ExecutionId, m => m.ToActivityId!);
        for (var i = 0; i < moved.Executions.Count; i++)
        {
            var execution = moved.Executions[i];
            if (targets.TryGetValue(execution.Id, out var target) && target != execution.ActivityId)
            {
                moved.Executions[i] = new ActivityExecution(execution.Id, target, execution.Scope)
                {
                    IsFaulted = execution.IsFaulted,
                    Bookmarks = execution.Bookmarks,
                    State = execution.State,
                };
            }
        }

        for (var i = 0; i < moved.Incidents.Count; i++)
        {
            var incident = moved.Incidents[i];
            if (incident.IsOpen && targets.TryGetValue(incident.ExecutionId, out var target))
            {
                moved.Incidents[i] = incident with { ActivityId = target };
            }
        }

        var states = moved.SharedStates.ToList();
        moved.SharedStates.Clear();
        foreach (var (key, state) in states)
        {
            var move = plan.SharedStates.FirstOrDefault(s => s.FromKey == key);
            if (state["arrived"] is JsonArray arrived)
            {
                // A join remembers the connections its branches arrived by: they are renamed with the activities.
                for (var j = 0; j < arrived.Count; j++)
                {
                    if (arrived[j]?.GetValue<string>() is { } text && ParseConnection(text) is { } connection)
                    {
                        arrived[j] = Rename(connection, plan.ActivityMap).ToString();
                    }
                }
            }

            moved.SharedStates[move?.ToKey ?? key] = state;
        }

        foreach (var variable in plan.VariablesAdded)
        {
            moved.Variables[variable.Name] = variable.Default is { } value ? JsonNode.Parse(value.GetRawText()) : null;
        }

        return new InstanceMigrationResult(plan, moved, null);
    }

    /// <summary>Reads a connection as <see cref="Connection.ToString"/> writes it ("from.port -> to"); null when it does not parse.</summary>
    internal static Connection? ParseConnection(string text)
    {
        var arrow = text.IndexOf(" -> ", StringComparison.Ordinal);
        var dot = arrow < 0 ? -1 : text.IndexOf('.', StringComparison.Ordinal);
        return arrow < 0 || dot < 0 || dot > arrow ? null : new Connection(text[..dot], text[(dot + 1)..arrow], text[(arrow + 4)..]);
    }

    internal static Connection Rename(Connection connection, IReadOnlyDictionary<string, string> map) =>
        new(map.GetValueOrDefault(connection.From, connection.From), connection.Port, map.GetValueOrDefault(connection.To, connection.To));

    internal static string Describe(ActivityDefinition activity, ActivityCatalogue catalogue)
    {
        var name = catalogue.Find(activity.Type, activity.TypeVersion)?.Descriptor.DisplayName;
        return name is null ? $"{activity.Type} v{activity.TypeVersion}" : $"{name}, {activity.Type} v{activity.TypeVersion}";
    }

    /// <summary>What is kept at an activity of this type, in words, from its descriptor's traits.</summary>
    private static string Waits(ActivityDefinition activity, ActivityCatalogue catalogue)
    {
        var traits = catalogue.Find(activity.Type, activity.TypeVersion)?.Descriptor.Traits ?? ActivityTraits.None;
        return traits.HasFlag(ActivityTraits.Join) ? "the branches that have arrived"
            : traits.HasFlag(ActivityTraits.BoundedLoop) ? "the count of rounds"
            : traits.HasFlag(ActivityTraits.Waits) ? "the task, timer, event or branches it waits for"
            : "its state";
    }

    /// <summary>What one execution waits for, in words, from its bookmarks.</summary>
    private static string Waits(ActivityExecution execution)
    {
        var kinds = execution.Bookmarks.Select(b => b.Kind switch
        {
            BookmarkKind.Task => "its open task",
            BookmarkKind.Timer => "its timer",
            BookmarkKind.Event => "its wait for an event",
            _ => "its branches",
        }).Distinct(StringComparer.Ordinal).ToList();
        return kinds.Count == 0 ? (execution.IsFaulted ? "its incident" : "its state") : string.Join(" and ", kinds);
    }

    private static string DidYouMean(string id, WorkflowDefinition definition) =>
        Suggestions.Closest(id, definition.Activities.Select(a => a.Id)) is { } closest ? $" (did you mean '{closest}'?)" : "";

    /// <summary>The planning of one instance; collects moves, problems and notes.</summary>
    private sealed class Planning(WorkflowInstance instance, WorkflowDefinition from, WorkflowDefinition to, Dictionary<string, string> map, ActivityCatalogue catalogue)
    {
        private readonly List<ExecutionMove> _executions = [];
        private readonly List<SharedStateMove> _sharedStates = [];
        private readonly List<VariableDefinition> _variablesAdded = [];
        private readonly List<MigrationProblem> _problems = [];
        private readonly List<string> _notes = [];

        public InstanceMigrationPlan Run()
        {
            if (!RequestFits())
            {
                return Result(MigrationVerdict.Blocked);
            }

            if (!instance.IsRunning)
            {
                var ended = instance.EndedAt is { } at ? $" on {at:yyyy-MM-dd}" : "";
                _notes.Add($"it is {instance.Status.ToString().ToLowerInvariant()}{ended}, so nothing waits");
                return Result(MigrationVerdict.NothingToMove);
            }

            _problems.AddRange(CheckMap(from, to, map, catalogue));
            foreach (var execution in instance.Executions)
            {
                Execution(execution);
            }

            Merges();
            foreach (var (key, state) in instance.SharedStates)
            {
                SharedState(key, state);
            }

            Variables();
            return Result(_problems.Count == 0 ? MigrationVerdict.Moves : MigrationVerdict.Blocked);
        }

        private bool RequestFits()
        {
            if (from.Id != to.Id)
            {
                _problems.Add(new MigrationProblem(MigrationProblemCodes.DifferentWorkflow,
                    $"v{from.Version} is of {from.Id} and v{to.Version} is of {to.Id}: an instance moves only between versions of its own workflow"));
            }
            else if (instance.DefinitionId != from.Id || instance.DefinitionVersion != from.Version)
            {
                _problems.Add(new MigrationProblem(MigrationProblemCodes.WrongVersion,
                    $"it runs {instance.DefinitionId} v{instance.DefinitionVersion}, not {from.Id} v{from.Version}: plan it from the version it runs"));
            }
            else if (from.Version == to.Version)
            {
                _problems.Add(new MigrationProblem(MigrationProblemCodes.SameVersion, $"it runs v{from.Version} already"));
            }

            if (to.Status != DefinitionStatus.Published)
            {
                _problems.Add(new MigrationProblem(MigrationProblemCodes.TargetNotPublished,
                    $"v{to.Version} is a draft: instances run only on published versions, so publish it first"));
            }

            return _problems.Count == 0;
        }

        private void Execution(ActivityExecution execution)
        {
            var source = from.FindActivity(execution.ActivityId);
            var (target, route) = Resolve(execution.ActivityId);
            _executions.Add(new ExecutionMove(execution.Id, execution.ActivityId, target, route, execution.IsFaulted, execution.Scope, [.. execution.Bookmarks]));
            var how = execution.IsFaulted ? "is held by an incident at" : "waits at";
            if (source is null)
            {
                _problems.Add(new MigrationProblem(MigrationProblemCodes.ExecutionNotInVersion,
                    $"it {how} '{execution.ActivityId}', which its own version v{from.Version} does not have: its saved state does not fit the version, so it cannot be moved safely",
                    execution.ActivityId, execution.Id));
                return;
            }

            if (route == MoveRoute.Nowhere)
            {
                _problems.Add(new MigrationProblem(MigrationProblemCodes.Unmapped,
                    $"it {how} '{source.Id}' ({Describe(source, catalogue)}), which v{to.Version} does not have and the map does not mention: map '{source.Id}' to an activity of v{to.Version}",
                    source.Id, execution.Id));
                return;
            }

            if (to.FindActivity(target!) is not { } destination)
            {
                return; // the map's own check reports a target that does not exist
            }

            if (!AreCompatible(source, destination))
            {
                if (route == MoveRoute.SameActivity)
                {
                    _problems.Add(new MigrationProblem(MigrationProblemCodes.TypeChanged,
                        $"it {how} '{source.Id}', which is {Describe(source, catalogue)} in v{from.Version} and {Describe(destination, catalogue)} in v{to.Version}: {Waits(execution)} would be orphaned; map '{source.Id}' to an activity of type {source.Type} v{source.TypeVersion}",
                        source.Id, execution.Id));
                }

                return; // a mapped pair of other types is reported by the map's own check
            }

            if (execution.IsFaulted)
            {
                _notes.Add($"'{source.Id}' is held by an incident; after the move, retrying it runs '{destination.Id}' as v{to.Version} defines it");
                return;
            }

            var missing = Ports(source).Except(Ports(destination), StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                _problems.Add(new MigrationProblem(MigrationProblemCodes.PortMissing,
                    $"it waits at '{source.Id}', which can leave by {string.Join(", ", missing.Select(p => $"'{p}'"))}, and '{destination.Id}' in v{to.Version} has no such port: give '{destination.Id}' the same outcomes, or map to an activity that has them",
                    source.Id, execution.Id));
                return;
            }

            if (ActivityChange.Between(source, destination) is { InputChanges.Count: > 0 } change)
            {
                _notes.Add($"'{source.Id}' keeps what it set up when it started waiting (a task's title, assignee and due date; a timer's due time); v{to.Version}'s changed {string.Join(", ", change.ChangedInputs)} apply from the next time '{destination.Id}' runs");
            }
        }

        private void Merges()
        {
            // Two waiting activities of the same branch that become one would each continue from it: the branch would run twice.
            foreach (var group in _executions.Where(e => e.ToActivityId is not null)
                .GroupBy(e => (e.ToActivityId, Scope: string.Join('/', e.Scope.Select(f => $"{f.ExecutionId:N}:{f.Item}")))))
            {
                var sources = group.Select(e => e.FromActivityId).Distinct(StringComparer.Ordinal).ToList();
                if (sources.Count > 1)
                {
                    _problems.Add(new MigrationProblem(MigrationProblemCodes.ExecutionsMerge,
                        $"it waits at {string.Join(" and ", sources.Select(s => $"'{s}'"))}, which would all become '{group.Key.ToActivityId}' in the same branch and then continue more than once: map them to different activities",
                        group.Key.ToActivityId));
                }
            }
        }

        private void SharedState(string key, JsonObject state)
        {
            var separator = key.IndexOf('|', StringComparison.Ordinal);
            var activityId = separator < 0 ? key : key[..separator];
            var rest = separator < 0 ? "" : key[separator..];
            var source = from.FindActivity(activityId);
            var kind = source is null ? "state" : Waits(source, catalogue);
            var (target, route) = Resolve(activityId);
            if (route == MoveRoute.Nowhere)
            {
                _problems.Add(new MigrationProblem(MigrationProblemCodes.SharedStateLost,
                    $"'{activityId}' holds {kind}, and v{to.Version} does not have '{activityId}' and the map does not mention it: map '{activityId}' to an activity of v{to.Version}",
                    activityId));
                return;
            }

            if (to.FindActivity(target!) is not { } destination || source is null)
            {
                return; // a missing map target is reported by the map's own check
            }

            if (!AreCompatible(source, destination))
            {
                if (route == MoveRoute.SameActivity)
                {
                    _problems.Add(new MigrationProblem(MigrationProblemCodes.TypeChanged,
                        $"'{activityId}' holds {kind} and is {Describe(source, catalogue)} in v{from.Version} but {Describe(destination, catalogue)} in v{to.Version}: map '{activityId}' to an activity of type {source.Type} v{source.TypeVersion}",
                        activityId));
                }

                return;
            }

            if (state["arrived"] is JsonArray arrived)
            {
                foreach (var text in arrived.Select(a => a?.GetValue<string>()).OfType<string>())
                {
                    if (ParseConnection(text) is { } connection && !to.Connections.Contains(Rename(connection, map)))
                    {
                        _problems.Add(new MigrationProblem(MigrationProblemCodes.JoinArrivalLost,
                            $"a branch reached the join '{activityId}' by {connection}, and v{to.Version} has no connection {Rename(connection, map)}: the join could not count it; connect it in v{to.Version}, or move the instance after the join has fired",
                            activityId));
                    }
                }
            }

            var toKey = target + rest;
            if (_sharedStates.FirstOrDefault(s => s.ToKey == toKey) is { } other)
            {
                _problems.Add(new MigrationProblem(MigrationProblemCodes.ExecutionsMerge,
                    $"'{other.FromActivityId}' and '{activityId}' both hold {kind} and would both become '{target}' in the same branch: map them to different activities",
                    activityId));
                return;
            }

            _sharedStates.Add(new SharedStateMove(key, toKey, activityId, target!));
        }

        private void Variables()
        {
            var declaredBefore = from.Variables.DistinctBy(v => v.Name, StringComparer.Ordinal).ToDictionary(v => v.Name, StringComparer.Ordinal);
            foreach (var variable in to.Variables)
            {
                if (!instance.Variables.TryGetValue(variable.Name, out var value))
                {
                    _variablesAdded.Add(variable);
                    _notes.Add($"the variable '{variable.Name}' is new in v{to.Version}: it starts at {InputChange.Compact(variable.Default) ?? "no value"}");
                    continue;
                }

                if (declaredBefore.TryGetValue(variable.Name, out var before) && before.Type != variable.Type && value is not null
                    && InputValueChecks.VariableValueProblem(variable.Type, JsonSerializer.SerializeToElement(value)) is { } problem)
                {
                    _notes.Add($"the variable '{variable.Name}' is {VariableChange.TypeWord(variable.Type)} in v{to.Version}, and the instance's value {problem}: conditions over it may fault");
                }
            }
        }

        private (string? Target, MoveRoute Route) Resolve(string activityId) =>
            map.TryGetValue(activityId, out var mapped) ? (mapped, MoveRoute.Mapped)
            : to.FindActivity(activityId) is not null ? (activityId, MoveRoute.SameActivity)
            : (null, MoveRoute.Nowhere);

        /// <summary>The ports an activity can leave by, counting an input's default when the input is not given (a task's "done").</summary>
        private List<string> Ports(ActivityDefinition activity)
        {
            var descriptor = catalogue.Find(activity.Type, activity.TypeVersion)?.Descriptor;
            if (descriptor is null)
            {
                return [];
            }

            if (descriptor.PortsFromInput is { } name && !activity.Inputs.ContainsKey(name) && descriptor.FindInput(name)?.Default is { } fallback)
            {
                var inputs = new Dictionary<string, JsonElement>(activity.Inputs, StringComparer.Ordinal) { [name] = fallback };
                activity = activity with { Inputs = inputs };
            }

            return [.. ActivityPorts.Of(descriptor, activity)];
        }

        private InstanceMigrationPlan Result(MigrationVerdict verdict) =>
            new(instance.Id, from.Id, from.Version, to.Version, map, verdict, _executions, _sharedStates, _variablesAdded, _problems, _notes, instance);
    }
}
