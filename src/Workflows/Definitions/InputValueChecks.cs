using System.Globalization;
using System.Text.Json;
using EarlyHelp.Workflows.Conditions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Workflows.Definitions;

/// <summary>
/// Checks one input's JSON value against its <see cref="InputType"/>, within one workflow: conditions against the
/// workflow's variables, activity lists against its activities. Each problem is a message for an invalid-input issue.
/// </summary>
internal sealed class InputValueChecks(
    WorkflowDefinition workflow,
    IReadOnlyDictionary<string, int> activityIds,
    IReadOnlyDictionary<string, VariableDefinition> variables)
{
    private ConditionSchema? _schema;

    private ConditionSchema Schema => _schema ??= WorkflowConditionSchema.For(workflow);

    /// <summary>Why a value does not fit a variable of this type, or null when it does; null (clearing it) always fits.</summary>
    public static string? VariableValueProblem(VariableType type, JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : type switch
    {
        VariableType.Text when value.ValueKind != JsonValueKind.String => $"must be text, and it is {Found(value)}",
        VariableType.Number when value.ValueKind != JsonValueKind.Number => $"must be a number, and it is {Found(value)}",
        VariableType.Boolean when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False) => $"must be true or false, and it is {Found(value)}",
        VariableType.Date when value.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            => $"must be a date written \"yyyy-MM-dd\", and it is {Found(value)}",
        VariableType.TextList when value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String)
            => $"must be a list of texts, and it is {Found(value)}",
        _ => null,
    };

    /// <summary>The JSON value in words: "the text \"5\"", "the number 5", "a list".</summary>
    public static string Found(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the text \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };

    /// <summary>Words in quotes, separated by commas.</summary>
    public static string Quoted(IEnumerable<string> words) => string.Join(", ", words.Select(w => $"\"{w}\""));

    /// <summary>The problems with one given (non-null) input value; empty when it fits.</summary>
    /// <param name="descriptor">The activity's type.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="input">The input's descriptor.</param>
    /// <param name="value">The value given.</param>
    public List<string> Check(ActivityDescriptor descriptor, ActivityDefinition activity, InputDescriptor input, JsonElement value)
    {
        var problems = new List<string>();
        var namesPorts = descriptor.PortsFromInput == input.Name;
        switch (input.Type)
        {
            case InputType.Text:
                if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
                {
                    problems.Add($"must be non-empty text, and it is {Found(value)}");
                }

                break;
            case InputType.WholeNumber:
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out _))
                {
                    problems.Add($"must be a whole number, and it is {Found(value)}");
                }

                break;
            case InputType.Boolean:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    problems.Add($"must be true or false, and it is {Found(value)}");
                }

                break;
            case InputType.Choice:
                Choice(input, value, problems);
                break;
            case InputType.TextList:
                TextList(descriptor, value, namesPorts, problems);
                break;
            case InputType.Duration:
                if (!Duration.TryRead(value, out _, out var error))
                {
                    problems.Add(error!);
                }

                break;
            case InputType.Condition:
                Condition(value, input.Name, problems);
                break;
            case InputType.Cases:
                Cases(descriptor, input.Name, value, problems);
                break;
            case InputType.Assignee:
                if (value.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"must say who, as one of {{\"person\": id}}, {{\"team\": id}}, {{\"role\": role}} or {{\"leadPractitioner\": true}}; it is {Found(value)}");
                }

                break;
            case InputType.ActivityList:
                ActivityList(value, problems);
                break;
            case InputType.VariableName:
                VariableName(value, problems);
                break;
            case InputType.Value:
                Value(descriptor, activity, value, problems);
                break;
            case InputType.Alternatives:
                Alternatives(descriptor, input.Name, value, problems);
                break;
            default:
                problems.Add($"has a type ({input.Type}) this version of the validator does not know");
                break;
        }

        return problems;
    }

    private static void Choice(InputDescriptor input, JsonElement value, List<string> problems)
    {
        var allowed = input.AllowedValues ?? [];
        if (value.ValueKind == JsonValueKind.String && allowed.Contains(value.GetString()!, StringComparer.Ordinal))
        {
            return;
        }

        var suggestion = value.ValueKind == JsonValueKind.String ? Suggestions.Closest(value.GetString()!, allowed) : null;
        problems.Add($"must be one of {Quoted(allowed)}, and it is {Found(value)}{DidYouMean(suggestion)}");
    }

    private static void TextList(ActivityDescriptor descriptor, JsonElement value, bool namesPorts, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            problems.Add($"must be a list of texts such as [\"first\", \"second\"], and it is {Found(value)}");
            return;
        }

        var words = value.EnumerateArray().Select(v => v.GetString()!).ToList();
        if (words.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("has a blank entry: remove it or write the word");
        }

        if (namesPorts)
        {
            if (words.Count == 0)
            {
                problems.Add("names this activity's ports, so it needs at least one");
            }

            PortNames(descriptor, words.Where(w => !string.IsNullOrWhiteSpace(w)), problems);
        }
    }

    private void Condition(JsonElement value, string path, List<string> problems)
    {
        foreach (var error in ConditionJson.Read(value, Schema, path).Errors)
        {
            problems.Add($"{error.Path}: {error.Message}");
        }
    }

    private void Cases(ActivityDescriptor descriptor, string name, JsonElement value, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            problems.Add($"must be a list of at least one case, each {{\"port\": name, \"when\": condition}}; it is {Found(value)}");
            return;
        }

        var ports = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{name}[{index++}]");
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{path}: a case is {{\"port\": name, \"when\": condition}}, and this is {Found(item)}");
                continue;
            }

            UnexpectedProperties(item, path, "a case has only \"port\" and \"when\"", problems, "port", "when");
            if (Port(item, path, problems) is { } port)
            {
                ports.Add(port);
            }

            if (item.TryGetProperty("when", out var when))
            {
                Condition(when, $"{path}.when", problems);
            }
            else
            {
                problems.Add($"{path}: the case has no \"when\": give the condition that sends a token by \"{(item.TryGetProperty("port", out var p) ? p.ToString() : "its port")}\"");
            }
        }

        PortNames(descriptor, ports, problems);
    }

    private static void Alternatives(ActivityDescriptor descriptor, string name, JsonElement value, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            problems.Add($"must be a list of at least one alternative, each {{\"port\": name, \"event\": event name}} or {{\"port\": name, \"after\": duration}}; it is {Found(value)}");
            return;
        }

        var ports = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{name}[{index++}]");
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{path}: an alternative is {{\"port\": name, \"event\": event name}} or {{\"port\": name, \"after\": duration}}, and this is {Found(item)}");
                continue;
            }

            UnexpectedProperties(item, path, "an alternative has only \"port\" and one of \"event\" or \"after\"", problems, "port", "event", "after");
            if (Port(item, path, problems) is { } port)
            {
                ports.Add(port);
            }

            var hasEvent = item.TryGetProperty("event", out var eventName);
            var hasAfter = item.TryGetProperty("after", out var after);
            if (hasEvent == hasAfter)
            {
                problems.Add($"{path}: an alternative waits for either an \"event\" or a time (\"after\"), {(hasEvent ? "not both" : "and this one has neither")}");
            }
            else if (hasEvent && (eventName.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(eventName.GetString())))
            {
                problems.Add($"{path}.event: must be the event's name, as text, and it is {Found(eventName)}");
            }
            else if (hasAfter && !Duration.TryRead(after, out _, out var error))
            {
                problems.Add($"{path}.after: {error}");
            }
        }

        PortNames(descriptor, ports, problems);
    }

    private void ActivityList(JsonElement value, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            problems.Add($"must be a list of activity ids such as [\"review-task\"], and it is {Found(value)}");
            return;
        }

        if (value.GetArrayLength() == 0)
        {
            problems.Add("names no activity: list at least one activity id");
        }

        foreach (var id in value.EnumerateArray().Select(v => v.GetString()!).Where(id => !activityIds.ContainsKey(id)))
        {
            problems.Add($"there is no activity \"{id}\" in this workflow{DidYouMean(Suggestions.Closest(id, activityIds.Keys))}");
        }
    }

    private void VariableName(JsonElement value, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add($"must be the name of a declared variable, as text, and it is {Found(value)}");
            return;
        }

        var name = value.GetString()!;
        if (variables.ContainsKey(name))
        {
            return;
        }

        problems.Add(variables.Count == 0
            ? $"no variable \"{name}\" is declared: this workflow declares no variables; declare it in \"variables\" first"
            : $"no variable \"{name}\" is declared{(Suggestions.Closest(name, variables.Keys) is { } close ? $" (did you mean \"{close}\"?)" : "")}; declared variables: {string.Join(", ", variables.Keys.Order(StringComparer.Ordinal))}");
    }

    /// <summary>A value that an activity assigns to the variable its <see cref="InputType.VariableName"/> input names must fit that variable's type.</summary>
    private void Value(ActivityDescriptor descriptor, ActivityDefinition activity, JsonElement value, List<string> problems)
    {
        var variableInputs = descriptor.Inputs.Where(i => i.Type == InputType.VariableName).ToList();
        if (variableInputs.Count == 1
            && activity.Inputs.TryGetValue(variableInputs[0].Name, out var name)
            && name.ValueKind == JsonValueKind.String
            && variables.TryGetValue(name.GetString()!, out var variable)
            && VariableValueProblem(variable.Type, value) is { } problem)
        {
            problems.Add($"the variable \"{variable.Name}\" is {JsonTypeWord(variable.Type)}, so the value {problem}");
        }
    }

    private static string JsonTypeWord(VariableType type) => type switch
    {
        VariableType.Text => "text",
        VariableType.Number => "a number",
        VariableType.Boolean => "true or false",
        VariableType.Date => "a date",
        _ => "a list of texts",
    };

    private static string? Port(JsonElement item, string path, List<string> problems)
    {
        if (item.TryGetProperty("port", out var port) && port.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(port.GetString()))
        {
            return port.GetString();
        }

        problems.Add(item.TryGetProperty("port", out var given)
            ? $"{path}.port: must be the port's name, as non-empty text, and it is {Found(given)}"
            : $"{path}: has no \"port\": name the port a token leaves by");
        return null;
    }

    /// <summary>Names that become ports must be unique and must not hide one of the type's fixed ports.</summary>
    private static void PortNames(ActivityDescriptor descriptor, IEnumerable<string> names, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!seen.Add(name))
            {
                problems.Add($"the port \"{name}\" is named more than once: give each its own name");
            }
            else if (descriptor.Ports.Any(p => p.Name == name))
            {
                problems.Add($"\"{name}\" is already a port of every {descriptor.Type}: choose another name");
            }
        }
    }

    private static void UnexpectedProperties(JsonElement item, string path, string what, List<string> problems, params string[] allowed)
    {
        foreach (var property in item.EnumerateObject().Where(p => !allowed.Contains(p.Name)))
        {
            problems.Add($"{path}: unknown property \"{property.Name}\": {what}{DidYouMean(Suggestions.Closest(property.Name, allowed))}");
        }
    }

    private static string DidYouMean(string? suggestion) => suggestion is null ? "" : $"; did you mean \"{suggestion}\"?";
}
