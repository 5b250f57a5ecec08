using System.Text.Json;
using System.Text.RegularExpressions;
using EarlyHelp.Workflows.Conditions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Workflows.Definitions;

/// <summary>
/// Checks a workflow definition before it is published, against the activity types of a catalogue: ids and
/// variables, activity types and their inputs, each activity's own rules, the start, the connections, what the
/// start cannot reach, and loops in which nothing waits. Every problem is reported (not just the first), each as a
/// <see cref="ValidationIssue"/> with a code from <see cref="ValidationCodes"/> and a message that says what to do.
/// </summary>
public static partial class WorkflowValidator
{
    /// <summary>Validates a definition. Runs in one pass over activities and connections, with one strongly-connected-components pass for loops.</summary>
    /// <param name="definition">The definition, as read by <see cref="WorkflowDefinitionJson.Read"/>.</param>
    /// <param name="catalogue">The activity types it may use.</param>
    /// <returns>The issues found, in the order: ids and variables, activities, start, connections, layout, reachability, loops.</returns>
    public static ValidationReport Validate(WorkflowDefinition definition, ActivityCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(catalogue);
        return new Validation(definition, catalogue).Run();
    }

    /// <summary>kebab-case or camelCase: letters and digits, starting with a letter, words joined by single hyphens.</summary>
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    /// <summary>camelCase: letters and digits, starting with a letter (a variable is named "variables.name" in conditions).</summary>
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex VariableIdentifier();

    private sealed class Validation(WorkflowDefinition workflow, ActivityCatalogue catalogue)
    {
        private readonly List<ValidationIssue> _issues = [];
        private readonly Dictionary<string, int> _activityIndex = new(StringComparer.Ordinal);
        private readonly Dictionary<string, VariableDefinition> _variables = new(StringComparer.Ordinal);
        private readonly IActivity?[] _types = new IActivity?[workflow.Activities.Count];
        private readonly bool[] _duplicate = new bool[workflow.Activities.Count];
        private IReadOnlyList<ActivityDescriptor>? _descriptors;

        private IReadOnlyList<ActivityDescriptor> Descriptors => _descriptors ??= catalogue.Descriptors;

        public ValidationReport Run()
        {
            WorkflowId();
            Variables();
            ActivityIds();
            var inputs = new InputValueChecks(workflow, _activityIndex, _variables);
            for (var i = 0; i < workflow.Activities.Count; i++)
            {
                Activity(i, inputs);
            }

            var starts = Starts();
            var edges = Connections();
            Layout();
            Reachability(starts, edges);
            Loops(edges);
            return new ValidationReport(_issues);
        }

        private void WorkflowId()
        {
            if (!Identifier().IsMatch(workflow.Id))
            {
                Add(ValidationCodes.InvalidId, $"the workflow's id \"{workflow.Id}\" must be kebab-case or camelCase letters and digits without spaces, for example \"referral-to-closure\"");
            }
        }

        private void Variables()
        {
            foreach (var variable in workflow.Variables)
            {
                if (!VariableIdentifier().IsMatch(variable.Name))
                {
                    Add(ValidationCodes.InvalidId, $"the variable name \"{variable.Name}\" must be camelCase letters and digits, starting with a letter, for example \"familyDeclined\"");
                }

                if (!_variables.TryAdd(variable.Name, variable))
                {
                    Add(ValidationCodes.DuplicateVariable, $"the variable \"{variable.Name}\" is declared more than once: keep one declaration, or rename one");
                    continue;
                }

                if (variable.Default is { } value && InputValueChecks.VariableValueProblem(variable.Type, value) is { } problem)
                {
                    Add(ValidationCodes.InvalidVariableDefault, $"the default of the variable \"{variable.Name}\" {problem}");
                }
            }
        }

        private void ActivityIds()
        {
            for (var i = 0; i < workflow.Activities.Count; i++)
            {
                var id = workflow.Activities[i].Id;
                if (!Identifier().IsMatch(id))
                {
                    Add(ValidationCodes.InvalidId, $"the activity id \"{id}\" must be kebab-case or camelCase letters and digits without spaces, for example \"triage-decision\"", id);
                }

                if (!_activityIndex.TryAdd(id, i))
                {
                    _duplicate[i] = true;
                    Add(ValidationCodes.DuplicateActivityId,
                        $"activities {_activityIndex[id] + 1} and {i + 1} both have the id \"{id}\": give each activity its own id (connections and the layout refer to activities by id)", id);
                }
            }
        }

        private void Activity(int index, InputValueChecks inputs)
        {
            var activity = workflow.Activities[index];
            var type = catalogue.Find(activity.Type, activity.TypeVersion);
            if (type is null)
            {
                UnknownType(activity);
                return;
            }

            _types[index] = type;
            var descriptor = type.Descriptor;
            var inputsValid = true;
            foreach (var input in descriptor.Inputs)
            {
                if (!activity.Inputs.TryGetValue(input.Name, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
                {
                    if (input.Required && input.Default is null)
                    {
                        Add(ValidationCodes.MissingInput, $"the input \"{input.Name}\" is required: {input.Description}", activity.Id, input.Name);
                    }

                    continue;
                }

                foreach (var problem in inputs.Check(descriptor, activity, input, value))
                {
                    inputsValid = false;
                    Add(ValidationCodes.InvalidInput, problem, activity.Id, input.Name);
                }
            }

            foreach (var name in activity.Inputs.Keys.Where(name => descriptor.FindInput(name) is null))
            {
                var suggestion = Suggestions.Closest(name, descriptor.Inputs.Select(i => i.Name));
                var known = descriptor.Inputs.Count == 0
                    ? $"{descriptor.Type} takes no inputs"
                    : $"its inputs are {InputValueChecks.Quoted(descriptor.Inputs.Select(i => i.Name))}";
                Add(ValidationCodes.UnknownInput, $"\"{name}\" is not an input of {descriptor.Type}{Maybe(suggestion)}: {known}. Remove it or rename it", activity.Id, name);
            }

            // The activity's own rules assume inputs of the right shape; with a wrong one they would only repeat the problem.
            if (inputsValid)
            {
                OwnRules(type, activity);
            }
        }

        private void UnknownType(ActivityDefinition activity)
        {
            var versions = catalogue.VersionsOf(activity.Type);
            if (versions.Count > 0)
            {
                Add(ValidationCodes.UnknownActivityVersion,
                    $"{activity.Type} has no version {activity.TypeVersion}; the known versions are {string.Join(", ", versions)}: set \"typeVersion\" to one of them", activity.Id);
                return;
            }

            var types = Descriptors.Select(d => d.Type).Distinct(StringComparer.Ordinal).ToList();
            var prefixes = types.Where(t => t.Contains('/', StringComparison.Ordinal)).Select(t => t[..(t.IndexOf('/', StringComparison.Ordinal) + 1)]).Distinct(StringComparer.Ordinal).ToArray();
            var suggestion = Suggestions.Closest(activity.Type, types, prefixes);
            var family = prefixes.FirstOrDefault(p => activity.Type.StartsWith(p, StringComparison.Ordinal));
            var known = family is not null
                ? $"the {family} types are {string.Join(", ", types.Where(t => t.StartsWith(family, StringComparison.Ordinal)))}"
                : prefixes.Length > 0 ? $"type keys start with {string.Join(" or ", prefixes)}" : $"the known types are {string.Join(", ", types)}";
            Add(ValidationCodes.UnknownActivityType, suggestion is not null
                ? $"there is no activity type \"{activity.Type}\"; did you mean \"{suggestion}\"?"
                : $"there is no activity type \"{activity.Type}\": {known}", activity.Id);
        }

        /// <summary>
        /// The activity's own <see cref="IActivity.Validate"/>. A message that starts with one of its inputs' names and
        /// a colon is about that input (invalid-input); a join's messages mean it can never fire; any other is
        /// invalid-activity.
        /// </summary>
        private void OwnRules(IActivity type, ActivityDefinition activity)
        {
            var descriptor = type.Descriptor;
            foreach (var message in type.Validate(activity, workflow))
            {
                var colon = message.IndexOf(": ", StringComparison.Ordinal);
                var input = colon > 0 ? descriptor.FindInput(message[..colon]) : null;
                if (descriptor.Traits.HasFlag(ActivityTraits.Join))
                {
                    Add(ValidationCodes.JoinNeverFires, message, activity.Id, input?.Name);
                }
                else if (input is not null)
                {
                    Add(ValidationCodes.InvalidInput, message[(colon + 2)..], activity.Id, input.Name);
                }
                else
                {
                    Add(ValidationCodes.InvalidActivity, message, activity.Id);
                }
            }
        }

        private bool[] Starts()
        {
            var starts = new bool[workflow.Activities.Count];
            string? first = null;
            for (var i = 0; i < workflow.Activities.Count; i++)
            {
                if (_duplicate[i] || _types[i]?.Descriptor.Traits.HasFlag(ActivityTraits.Start) != true)
                {
                    continue;
                }

                starts[i] = true;
                var id = workflow.Activities[i].Id;
                if (first is null)
                {
                    first = id;
                }
                else
                {
                    Add(ValidationCodes.SeveralStarts, $"\"{id}\" is a second start: the workflow already starts at \"{first}\", and a workflow has exactly one start. Remove one", id);
                }
            }

            if (first is null)
            {
                var startTypes = Descriptors.Where(d => d.Traits.HasFlag(ActivityTraits.Start)).Select(d => d.Type).Distinct(StringComparer.Ordinal);
                Add(ValidationCodes.NoStart, $"the workflow has no start: add one activity of type {string.Join(" or ", startTypes)} and connect it to the first step");
            }

            return starts;
        }

        /// <summary>Checks the connections, and returns the graph of those whose two ends exist, each edge once.</summary>
        private List<int>[] Connections()
        {
            var edges = new List<int>[workflow.Activities.Count];
            for (var i = 0; i < edges.Length; i++)
            {
                edges[i] = [];
            }

            var ports = new IReadOnlyList<string>?[workflow.Activities.Count];
            var seen = new HashSet<(string From, string Port, string To)>();
            foreach (var connection in workflow.Connections)
            {
                var hasFrom = _activityIndex.TryGetValue(connection.From, out var from);
                var hasTo = _activityIndex.TryGetValue(connection.To, out var to);
                if (!hasFrom || !hasTo)
                {
                    var missing = new[] { hasFrom ? null : connection.From, hasTo ? null : connection.To }.OfType<string>().Distinct(StringComparer.Ordinal);
                    var what = string.Join("; ", missing.Select(id => $"there is no activity \"{id}\"{Maybe(Suggestions.Closest(id, _activityIndex.Keys))}"));
                    Add(ValidationCodes.DanglingConnection, $"the connection {connection} leads nowhere: {what}. Correct the id or remove the connection",
                        hasFrom ? connection.From : hasTo ? connection.To : null);
                    continue;
                }

                if (!seen.Add((connection.From, connection.Port, connection.To)))
                {
                    Add(ValidationCodes.DuplicateConnection, $"the connection {connection} is written twice: remove one", connection.From);
                    continue;
                }

                if (_types[from] is not null)
                {
                    var known = ports[from] ??= PortsOf(workflow.Activities[from], _types[from]!.Descriptor);
                    if (!known.Contains(connection.Port, StringComparer.Ordinal))
                    {
                        Add(ValidationCodes.UnknownPort, known.Count == 0
                            ? $"the connection {connection} leaves by \"{connection.Port}\", but a {workflow.Activities[from].Type} has no ports: nothing leaves it. Remove the connection"
                            : $"the connection {connection} leaves by \"{connection.Port}\", which is not a port of \"{connection.From}\"{Maybe(Suggestions.Closest(connection.Port, known))}: its ports are {InputValueChecks.Quoted(known)}",
                            connection.From);
                    }
                }

                if (_types[to]?.Descriptor.Traits.HasFlag(ActivityTraits.Start) == true)
                {
                    Add(ValidationCodes.ConnectionIntoStart, $"the connection {connection} goes into the start: an instance starts there only once. Connect it to the step after the start instead", connection.To);
                }

                // A connection from a port that does not exist still counts here, so a misspelt port is reported once, not again as unreachable activities.
                edges[from].Add(to);
            }

            return edges;
        }

        /// <summary>
        /// The activity's ports. <see cref="ActivityCatalogue.PortsOf"/> reads only the inputs given, while the runtime
        /// falls back to an input's default (a human task's outcomes are ["done"] when not given), so the default is
        /// given here when the input is not.
        /// </summary>
        private IReadOnlyList<string> PortsOf(ActivityDefinition activity, ActivityDescriptor descriptor)
        {
            if (descriptor.PortsFromInput is { } name
                && (!activity.Inputs.TryGetValue(name, out var given) || given.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
                && descriptor.FindInput(name)?.Default is { } fallback)
            {
                activity = activity with { Inputs = new Dictionary<string, JsonElement>(activity.Inputs, StringComparer.Ordinal) { [name] = fallback } };
            }

            return catalogue.PortsOf(activity);
        }

        private void Layout()
        {
            foreach (var id in workflow.Layout.Keys.Where(id => !_activityIndex.ContainsKey(id)))
            {
                Add(ValidationCodes.LayoutUnknownActivity, $"the layout places \"{id}\", which is not an activity of this workflow{Maybe(Suggestions.Closest(id, _activityIndex.Keys))}: correct the id or remove it from \"layout\"");
            }
        }

        private void Reachability(bool[] starts, List<int>[] edges)
        {
            var reached = new bool[edges.Length];
            var queue = new Queue<int>();
            for (var i = 0; i < starts.Length; i++)
            {
                if (starts[i])
                {
                    reached[i] = true;
                    queue.Enqueue(i);
                }
            }

            // With no start, everything would be unreachable: no-start says the one thing to fix.
            if (queue.Count == 0)
            {
                return;
            }

            while (queue.TryDequeue(out var node))
            {
                foreach (var next in edges[node].Where(next => !reached[next]))
                {
                    reached[next] = true;
                    queue.Enqueue(next);
                }
            }

            for (var i = 0; i < reached.Length; i++)
            {
                if (!reached[i] && !_duplicate[i])
                {
                    var id = workflow.Activities[i].Id;
                    Add(ValidationCodes.UnreachableActivity, $"no path of connections leads from the start to \"{id}\", so it can never run: connect a port of an earlier activity to it, or remove it", id);
                }
            }
        }

        /// <summary>
        /// A cycle is busy when none of its activities waits or bounds the rounds. Such a cycle exists exactly when the
        /// graph without those activities has one, so the strongly connected components of that graph are the busy loops.
        /// </summary>
        private void Loops(List<int>[] edges)
        {
            // An activity of an unknown type may well wait: the unknown type is the problem to report, so it counts as waiting.
            var busy = _types.Select(t => t is not null && (t.Descriptor.Traits & (ActivityTraits.Waits | ActivityTraits.BoundedLoop)) == 0).ToArray();
            var busyEdges = edges.Select((targets, from) => busy[from] ? targets.Where(to => busy[to]).ToList() : []).ToList();
            List<string>? bounded = null;
            foreach (var component in StronglyConnectedComponents.Of(busyEdges))
            {
                if (component.Length == 1 && !busyEdges[component[0]].Contains(component[0]))
                {
                    continue;
                }

                bounded ??= [.. Descriptors.Where(d => d.Traits.HasFlag(ActivityTraits.BoundedLoop)).Select(d => d.Type).Distinct(StringComparer.Ordinal)];
                var loop = bounded.Count == 0 ? "" : $", or make it a {string.Join(" or ", bounded)} with a maximum number of rounds";
                var ids = component.Select(i => $"\"{workflow.Activities[i].Id}\"");
                Add(ValidationCodes.LoopWithoutWait,
                    $"{string.Join(", ", ids)} form a loop in which nothing waits: a token would go round it without end. Put something that waits in it (a timer, an event or a human task){loop}",
                    workflow.Activities[component[0]].Id);
            }
        }

        private static string Maybe(string? suggestion) => suggestion is null ? "" : $" (did you mean \"{suggestion}\"?)";

        private void Add(string code, string message, string? activityId = null, string? input = null) =>
            _issues.Add(new ValidationIssue(code, message, activityId, input));
    }
}
