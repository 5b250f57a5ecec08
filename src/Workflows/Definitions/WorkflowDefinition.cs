using System.Text.Json;

namespace EarlyHelp.Workflows.Definitions;

/// <summary>
/// One version of a pathway workflow: activities joined by connections from a named port of one activity to
/// another, with declared variables. The designer's layout is kept apart from the semantics. A published
/// version never changes; editing it makes a new draft with the next version number.
/// </summary>
/// <param name="Id">The workflow's stable identifier, in kebab-case (for example "referral-to-closure").</param>
/// <param name="Name">The name people see.</param>
/// <param name="Version">The version number, from 1.</param>
/// <param name="Status">Draft or published.</param>
/// <param name="Description">What the workflow is for.</param>
/// <param name="Variables">The variables the workflow declares, with their types and defaults.</param>
/// <param name="Activities">The activities.</param>
/// <param name="Connections">The connections between activities.</param>
/// <param name="Layout">Where the designer draws each activity, by activity id; no effect on execution.</param>
public sealed record WorkflowDefinition(
    string Id,
    string Name,
    int Version,
    DefinitionStatus Status,
    string? Description,
    IReadOnlyList<VariableDefinition> Variables,
    IReadOnlyList<ActivityDefinition> Activities,
    IReadOnlyList<Connection> Connections,
    IReadOnlyDictionary<string, ActivityPosition> Layout)
{
    /// <summary>The activity with this id, or null.</summary>
    /// <param name="activityId">The activity's id.</param>
    public ActivityDefinition? FindActivity(string activityId) => Activities.FirstOrDefault(a => a.Id == activityId);

    /// <summary>The connections leaving an activity by a port.</summary>
    /// <param name="activityId">The activity.</param>
    /// <param name="port">The port.</param>
    public IEnumerable<Connection> ConnectionsFrom(string activityId, string port) =>
        Connections.Where(c => c.From == activityId && c.Port == port);

    /// <summary>The connections arriving at an activity.</summary>
    /// <param name="activityId">The activity.</param>
    public IEnumerable<Connection> ConnectionsInto(string activityId) => Connections.Where(c => c.To == activityId);
}

/// <summary>Whether a version can still change.</summary>
public enum DefinitionStatus
{
    /// <summary>Being edited; can be run only by the scenario runner ("try it").</summary>
    Draft,

    /// <summary>Immutable; new instances start on the newest published version.</summary>
    Published,
}

/// <summary>One activity of a workflow.</summary>
/// <param name="Id">Unique within the workflow; connections and the layout refer to it.</param>
/// <param name="Type">The activity's stable type key (for example "flow/delay" or "early-help/triage-decision").</param>
/// <param name="TypeVersion">The version of the activity type the inputs were written for.</param>
/// <param name="DisplayName">The name shown in the designer and in traces; the type's name when null.</param>
/// <param name="Inputs">The inputs by name, as JSON values checked against the type's descriptor.</param>
public sealed record ActivityDefinition(
    string Id,
    string Type,
    int TypeVersion,
    string? DisplayName,
    IReadOnlyDictionary<string, JsonElement> Inputs);

/// <summary>A connection from a named port of one activity to another activity.</summary>
/// <param name="From">The source activity's id.</param>
/// <param name="Port">The source activity's port.</param>
/// <param name="To">The target activity's id.</param>
public sealed record Connection(string From, string Port, string To)
{
    /// <inheritdoc />
    public override string ToString() => $"{From}.{Port} -> {To}";
}

/// <summary>A variable the workflow declares.</summary>
/// <param name="Name">Its name, in camelCase.</param>
/// <param name="Type">Its type.</param>
/// <param name="Default">Its value when the instance starts; null means not set.</param>
/// <param name="Description">What it holds.</param>
public sealed record VariableDefinition(string Name, VariableType Type, JsonElement? Default, string? Description);

/// <summary>The types a workflow variable can have.</summary>
public enum VariableType
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A number.</summary>
    Number,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A calendar date (yyyy-MM-dd).</summary>
    Date,

    /// <summary>A list of texts.</summary>
    TextList,
}

/// <summary>Where the designer draws an activity.</summary>
/// <param name="X">Horizontal position.</param>
/// <param name="Y">Vertical position.</param>
public sealed record ActivityPosition(double X, double Y);
