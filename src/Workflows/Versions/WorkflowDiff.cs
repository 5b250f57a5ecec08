using System.Text;
using System.Text.Json;
using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Workflows.Versions;

/// <summary>
/// What changed between two versions of a workflow, for the designer's version history and for deciding how
/// to move running instances. Activities are matched by id, variables by name, connections as a whole.
/// Changes to what runs (activities' types and inputs, connections, variables' types and defaults) are kept
/// apart from changes that only affect how it looks (names, descriptions, display names, the layout).
/// </summary>
/// <param name="WorkflowId">The newer version's workflow id.</param>
/// <param name="OlderVersion">The older version's number.</param>
/// <param name="NewerVersion">The newer version's number.</param>
/// <param name="ActivitiesAdded">Activities only in the newer version.</param>
/// <param name="ActivitiesRemoved">Activities only in the older version.</param>
/// <param name="ActivitiesChanged">Activities in both whose type, type version, display name or inputs differ.</param>
/// <param name="ConnectionsAdded">Connections only in the newer version.</param>
/// <param name="ConnectionsRemoved">Connections only in the older version.</param>
/// <param name="VariablesAdded">Variables only in the newer version.</param>
/// <param name="VariablesRemoved">Variables only in the older version.</param>
/// <param name="VariablesChanged">Variables in both whose type, default or description differ.</param>
/// <param name="Details">The workflow's name or description, when they differ; no effect on behaviour.</param>
/// <param name="Layout">Activities in both versions that the designer draws elsewhere; no effect on behaviour.</param>
public sealed record WorkflowDiff(
    string WorkflowId,
    int OlderVersion,
    int NewerVersion,
    IReadOnlyList<ActivityDefinition> ActivitiesAdded,
    IReadOnlyList<ActivityDefinition> ActivitiesRemoved,
    IReadOnlyList<ActivityChange> ActivitiesChanged,
    IReadOnlyList<Connection> ConnectionsAdded,
    IReadOnlyList<Connection> ConnectionsRemoved,
    IReadOnlyList<VariableDefinition> VariablesAdded,
    IReadOnlyList<VariableDefinition> VariablesRemoved,
    IReadOnlyList<VariableChange> VariablesChanged,
    IReadOnlyList<DetailChange> Details,
    IReadOnlyList<LayoutChange> Layout)
{
    /// <summary>True when the versions would run differently: anything but names, descriptions, display names and layout changed.</summary>
    public bool ChangesBehaviour =>
        ActivitiesAdded.Count > 0 || ActivitiesRemoved.Count > 0 || ActivitiesChanged.Any(c => c.ChangesBehaviour)
        || ConnectionsAdded.Count > 0 || ConnectionsRemoved.Count > 0
        || VariablesAdded.Count > 0 || VariablesRemoved.Count > 0 || VariablesChanged.Any(c => c.ChangesBehaviour);

    /// <summary>True when nothing at all differs (apart from the version number and status).</summary>
    public bool IsEmpty =>
        !ChangesBehaviour && ActivitiesChanged.Count == 0 && VariablesChanged.Count == 0 && Details.Count == 0 && Layout.Count == 0;

    /// <summary>Compares two versions of a workflow.</summary>
    /// <param name="older">The older version.</param>
    /// <param name="newer">The newer version.</param>
    public static WorkflowDiff Between(WorkflowDefinition older, WorkflowDefinition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var olderActivities = FirstById(older.Activities);
        var newerActivities = FirstById(newer.Activities);
        var changed = new List<ActivityChange>();
        var layout = new List<LayoutChange>();
        foreach (var (id, before) in olderActivities)
        {
            if (!newerActivities.TryGetValue(id, out var after))
            {
                continue;
            }

            if (ActivityChange.Between(before, after) is { } change)
            {
                changed.Add(change);
            }

            var placedBefore = older.Layout.GetValueOrDefault(id);
            var placedAfter = newer.Layout.GetValueOrDefault(id);
            if (placedBefore != placedAfter)
            {
                layout.Add(new LayoutChange(id, placedBefore, placedAfter));
            }
        }

        var olderVariables = older.Variables.GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var newerVariables = newer.Variables.GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var details = new List<DetailChange>();
        if (older.Name != newer.Name)
        {
            details.Add(new DetailChange("name", older.Name, newer.Name));
        }

        if (older.Description != newer.Description)
        {
            details.Add(new DetailChange("description", older.Description, newer.Description));
        }

        return new WorkflowDiff(
            newer.Id,
            older.Version,
            newer.Version,
            [.. newerActivities.Values.Where(a => !olderActivities.ContainsKey(a.Id))],
            [.. olderActivities.Values.Where(a => !newerActivities.ContainsKey(a.Id))],
            changed,
            [.. newer.Connections.Distinct().Except(older.Connections)],
            [.. older.Connections.Distinct().Except(newer.Connections)],
            [.. newerVariables.Values.Where(v => !olderVariables.ContainsKey(v.Name))],
            [.. olderVariables.Values.Where(v => !newerVariables.ContainsKey(v.Name))],
            [.. olderVariables.Values.Where(v => newerVariables.ContainsKey(v.Name)).Select(v => VariableChange.Between(v, newerVariables[v.Name])).OfType<VariableChange>()],
            details,
            layout);
    }

    /// <summary>The diff in plain text for the designer's version history: what changes behaviour first, then the rest.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(WorkflowId).Append(" v").Append(OlderVersion).Append(" -> v").Append(NewerVersion).AppendLine();
        if (IsEmpty)
        {
            text.AppendLine("  no changes");
            return text.ToString();
        }

        text.AppendLine("Changes to behaviour:");
        var lines = new List<string>();
        lines.AddRange(ActivitiesAdded.Select(a => $"+ activity {a.Id} ({a.Type} v{a.TypeVersion})"));
        lines.AddRange(ActivitiesRemoved.Select(a => $"- activity {a.Id} ({a.Type} v{a.TypeVersion})"));
        lines.AddRange(ActivitiesChanged.Where(c => c.ChangesBehaviour).Select(c => $"~ activity {c.ActivityId}: {c.DescribeBehaviour()}"));
        lines.AddRange(ConnectionsAdded.Select(c => $"+ connection {c}"));
        lines.AddRange(ConnectionsRemoved.Select(c => $"- connection {c}"));
        lines.AddRange(VariablesAdded.Select(v => $"+ variable {v.Name} ({VariableChange.TypeWord(v.Type)})"));
        lines.AddRange(VariablesRemoved.Select(v => $"- variable {v.Name}"));
        lines.AddRange(VariablesChanged.Where(c => c.ChangesBehaviour).Select(c => $"~ variable {c.Name}: {c.DescribeBehaviour()}"));
        AppendLines(text, lines);

        text.AppendLine("Other changes (no effect on behaviour):");
        lines.Clear();
        lines.AddRange(Details.Select(d => $"{d.Field}: {Quote(d.Older)} -> {Quote(d.Newer)}"));
        lines.AddRange(ActivitiesChanged.Where(c => c.DisplayNameChanged).Select(c => $"~ activity {c.ActivityId}: display name {Quote(c.Older.DisplayName)} -> {Quote(c.Newer.DisplayName)}"));
        lines.AddRange(VariablesChanged.Where(c => c.Fields.Contains(VariableChange.DescriptionField)).Select(c => $"~ variable {c.Name}: description"));
        if (Layout.Count > 0)
        {
            lines.Add($"layout: {Layout.Count} {(Layout.Count == 1 ? "activity" : "activities")} moved ({string.Join(", ", Layout.Select(l => l.ActivityId))})");
        }

        AppendLines(text, lines);
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToText();

    internal static string Quote(string? text) => text is null ? "(none)" : $"\"{text}\"";

    private static void AppendLines(StringBuilder text, List<string> lines)
    {
        if (lines.Count == 0)
        {
            text.AppendLine("  none");
        }

        foreach (var line in lines)
        {
            text.Append("  ").AppendLine(line);
        }
    }

    private static Dictionary<string, ActivityDefinition> FirstById(IEnumerable<ActivityDefinition> activities)
    {
        // A draft may have duplicate ids (the validator reports them); the diff compares the first of each.
        var byId = new Dictionary<string, ActivityDefinition>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            byId.TryAdd(activity.Id, activity);
        }

        return byId;
    }
}

/// <summary>How one activity differs between two versions.</summary>
/// <param name="ActivityId">The activity's id (the same in both).</param>
/// <param name="Older">The activity in the older version.</param>
/// <param name="Newer">The activity in the newer version.</param>
/// <param name="Fields">What differs: <see cref="TypeField"/>, <see cref="TypeVersionField"/>, <see cref="DisplayNameField"/>, <see cref="InputsField"/>.</param>
/// <param name="InputChanges">The inputs that differ, each with its JSON text before and after.</param>
public sealed record ActivityChange(
    string ActivityId,
    ActivityDefinition Older,
    ActivityDefinition Newer,
    IReadOnlyList<string> Fields,
    IReadOnlyList<InputChange> InputChanges)
{
    /// <summary>The activity type's key differs.</summary>
    public const string TypeField = "type";

    /// <summary>The activity type's version differs.</summary>
    public const string TypeVersionField = "typeVersion";

    /// <summary>The display name differs (no effect on behaviour).</summary>
    public const string DisplayNameField = "displayName";

    /// <summary>One or more inputs differ.</summary>
    public const string InputsField = "inputs";

    /// <summary>The names of the inputs that were added, removed or changed.</summary>
    public IReadOnlyList<string> ChangedInputs => [.. InputChanges.Select(i => i.Name)];

    /// <summary>True when the type, its version or the inputs differ, not only the display name.</summary>
    public bool ChangesBehaviour => Fields.Any(f => f != DisplayNameField);

    /// <summary>True when the display name differs.</summary>
    public bool DisplayNameChanged => Fields.Contains(DisplayNameField);

    /// <summary>Compares one activity in two versions; null when nothing differs.</summary>
    /// <param name="older">The activity in the older version.</param>
    /// <param name="newer">The activity in the newer version.</param>
    public static ActivityChange? Between(ActivityDefinition older, ActivityDefinition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var fields = new List<string>();
        if (older.Type != newer.Type)
        {
            fields.Add(TypeField);
        }

        if (older.TypeVersion != newer.TypeVersion)
        {
            fields.Add(TypeVersionField);
        }

        if (older.DisplayName != newer.DisplayName)
        {
            fields.Add(DisplayNameField);
        }

        var inputs = older.Inputs.Keys.Union(newer.Inputs.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name => InputChange.Between(name, Value(older, name), Value(newer, name)))
            .OfType<InputChange>()
            .ToList();
        if (inputs.Count > 0)
        {
            fields.Add(InputsField);
        }

        return fields.Count == 0 ? null : new ActivityChange(older.Id, older, newer, fields, inputs);
    }

    internal string DescribeBehaviour()
    {
        var parts = new List<string>();
        if (Fields.Contains(TypeField) || Fields.Contains(TypeVersionField))
        {
            parts.Add($"type {Older.Type} v{Older.TypeVersion} -> {Newer.Type} v{Newer.TypeVersion}");
        }

        if (InputChanges.Count > 0)
        {
            parts.Add($"{(InputChanges.Count == 1 ? "input" : "inputs")} {string.Join(", ", InputChanges.Select(i => i.Describe()))}");
        }

        return string.Join("; ", parts);
    }

    private static JsonElement? Value(ActivityDefinition activity, string name) =>
        activity.Inputs.TryGetValue(name, out var value) ? value : null;
}

/// <summary>One input that differs, with its JSON text (compact) before and after; null where it is not given.</summary>
/// <param name="Name">The input's name.</param>
/// <param name="Older">Its value in the older version, or null when not given there.</param>
/// <param name="Newer">Its value in the newer version, or null when not given there.</param>
public sealed record InputChange(string Name, string? Older, string? Newer)
{
    /// <summary>Compares one input's values; null when they are the same JSON (whitespace and property order aside).</summary>
    /// <param name="name">The input's name.</param>
    /// <param name="older">The older value, or null when not given.</param>
    /// <param name="newer">The newer value, or null when not given.</param>
    public static InputChange? Between(string name, JsonElement? older, JsonElement? newer)
    {
        if (older is { } before && newer is { } after && JsonElement.DeepEquals(before, after))
        {
            return null;
        }

        return older is null && newer is null ? null : new InputChange(name, Compact(older), Compact(newer));
    }

    internal string Describe() => (Older, Newer) switch
    {
        (null, _) => $"{Name} (added)",
        (_, null) => $"{Name} (removed)",
        _ => Name,
    };

    /// <summary>A value's JSON text without whitespace, as the diff shows it.</summary>
    /// <param name="value">The value.</param>
    internal static string? Compact(JsonElement? value)
    {
        if (value is not { } element)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

/// <summary>How one variable differs between two versions.</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="Older">The declaration in the older version.</param>
/// <param name="Newer">The declaration in the newer version.</param>
/// <param name="Fields">What differs: <see cref="TypeField"/>, <see cref="DefaultField"/>, <see cref="DescriptionField"/>.</param>
public sealed record VariableChange(string Name, VariableDefinition Older, VariableDefinition Newer, IReadOnlyList<string> Fields)
{
    /// <summary>The variable's type differs.</summary>
    public const string TypeField = "type";

    /// <summary>The variable's default differs.</summary>
    public const string DefaultField = "default";

    /// <summary>The variable's description differs (no effect on behaviour).</summary>
    public const string DescriptionField = "description";

    /// <summary>True when the type or the default differs, not only the description.</summary>
    public bool ChangesBehaviour => Fields.Any(f => f != DescriptionField);

    /// <summary>Compares one variable's declarations; null when nothing differs.</summary>
    /// <param name="older">The older declaration.</param>
    /// <param name="newer">The newer declaration.</param>
    public static VariableChange? Between(VariableDefinition older, VariableDefinition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var fields = new List<string>();
        if (older.Type != newer.Type)
        {
            fields.Add(TypeField);
        }

        if (InputChange.Between(DefaultField, older.Default, newer.Default) is not null)
        {
            fields.Add(DefaultField);
        }

        if (older.Description != newer.Description)
        {
            fields.Add(DescriptionField);
        }

        return fields.Count == 0 ? null : new VariableChange(older.Name, older, newer, fields);
    }

    internal static string TypeWord(VariableType type) => type switch
    {
        VariableType.TextList => "text-list",
        _ => type.ToString().ToLowerInvariant(),
    };

    internal string DescribeBehaviour()
    {
        var parts = new List<string>();
        if (Fields.Contains(TypeField))
        {
            parts.Add($"type {TypeWord(Older.Type)} -> {TypeWord(Newer.Type)}");
        }

        if (Fields.Contains(DefaultField))
        {
            parts.Add($"default {InputChange.Compact(Older.Default) ?? "(none)"} -> {InputChange.Compact(Newer.Default) ?? "(none)"}");
        }

        return string.Join("; ", parts);
    }
}

/// <summary>A change to the workflow's name or description (no effect on behaviour).</summary>
/// <param name="Field">"name" or "description".</param>
/// <param name="Older">The older text.</param>
/// <param name="Newer">The newer text.</param>
public sealed record DetailChange(string Field, string? Older, string? Newer);

/// <summary>An activity the designer draws elsewhere (no effect on behaviour).</summary>
/// <param name="ActivityId">The activity.</param>
/// <param name="Older">Where it was drawn; null when it had no position.</param>
/// <param name="Newer">Where it is drawn; null when it has no position.</param>
public sealed record LayoutChange(string ActivityId, ActivityPosition? Older, ActivityPosition? Newer);
