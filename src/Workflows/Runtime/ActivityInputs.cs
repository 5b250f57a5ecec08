using System.Text.Json;
using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Workflows.Runtime;

/// <summary>An activity's inputs as given in the workflow, falling back to the descriptor's defaults.</summary>
public sealed class ActivityInputs
{
    private readonly ActivityDefinition _activity;
    private readonly ActivityDescriptor _descriptor;

    internal ActivityInputs(ActivityDefinition activity, ActivityDescriptor descriptor)
    {
        _activity = activity;
        _descriptor = descriptor;
    }

    /// <summary>The input's JSON value, or its default, or null.</summary>
    /// <param name="name">The input.</param>
    public JsonElement? Find(string name) =>
        _activity.Inputs.TryGetValue(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : _descriptor.FindInput(name)?.Default;

    /// <summary>A text input, or null.</summary>
    /// <param name="name">The input.</param>
    public string? Text(string name) => Find(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>A whole-number input.</summary>
    /// <param name="name">The input.</param>
    /// <param name="fallback">Used when the input is absent.</param>
    public int WholeNumber(string name, int fallback) => Find(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : fallback;

    /// <summary>A true/false input.</summary>
    /// <param name="name">The input.</param>
    /// <param name="fallback">Used when the input is absent.</param>
    public bool Boolean(string name, bool fallback) => Find(name) is { ValueKind: JsonValueKind.True or JsonValueKind.False } value ? value.GetBoolean() : fallback;

    /// <summary>A list-of-texts input (empty when absent).</summary>
    /// <param name="name">The input.</param>
    public IReadOnlyList<string> TextList(string name) =>
        Find(name) is { ValueKind: JsonValueKind.Array } value
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    /// <summary>A duration input, or null when absent or malformed (validation reports malformed ones).</summary>
    /// <param name="name">The input.</param>
    public Duration? Duration(string name) =>
        Find(name) is { } value && Runtime.Duration.TryRead(value, out var duration, out _) ? duration : null;
}
