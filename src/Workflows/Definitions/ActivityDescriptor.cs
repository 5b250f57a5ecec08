using System.Text.Json;

namespace EarlyHelp.Workflows.Definitions;

/// <summary>
/// What the designer's toolbox shows and the validator checks for one activity type: its key and version,
/// typed inputs with defaults and rules, and its output ports. Descriptions double as tooltips.
/// </summary>
/// <param name="Type">The stable type key ("flow/delay").</param>
/// <param name="Version">The type's version.</param>
/// <param name="Category">The toolbox group ("Flow", "Timers", "Early Help").</param>
/// <param name="DisplayName">The name in the toolbox.</param>
/// <param name="Description">What it does, in plain words.</param>
/// <param name="Inputs">Its inputs.</param>
/// <param name="Ports">Its fixed output ports; activities with ports named by their inputs list them in <see cref="PortsFromInput"/>.</param>
/// <param name="Traits">What the validator needs to know about its behaviour.</param>
/// <param name="PortsFromInput">The input whose values name further ports (a switch's cases, a task's outcomes); null when none.</param>
public sealed record ActivityDescriptor(
    string Type,
    int Version,
    string Category,
    string DisplayName,
    string Description,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<PortDescriptor> Ports,
    ActivityTraits Traits,
    string? PortsFromInput = null)
{
    /// <summary>The input with this name, or null.</summary>
    /// <param name="name">The input's name.</param>
    public InputDescriptor? FindInput(string name) => Inputs.FirstOrDefault(i => i.Name == name);
}

/// <summary>One input of an activity type.</summary>
/// <param name="Name">The input's name in JSON (camelCase).</param>
/// <param name="Type">What kind of value it takes.</param>
/// <param name="Required">True when a workflow must give it (and it has no default).</param>
/// <param name="Default">The value used when it is not given.</param>
/// <param name="Description">What it means, for the property panel.</param>
/// <param name="AllowedValues">For <see cref="InputType.Choice"/>: the words allowed.</param>
public sealed record InputDescriptor(
    string Name,
    InputType Type,
    bool Required,
    JsonElement? Default,
    string Description,
    IReadOnlyList<string>? AllowedValues = null);

/// <summary>One output port of an activity type.</summary>
/// <param name="Name">The port's name, used by connections.</param>
/// <param name="Description">When a token leaves by it.</param>
public sealed record PortDescriptor(string Name, string Description);

/// <summary>The kinds of value an input takes.</summary>
public enum InputType
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>One word from <see cref="InputDescriptor.AllowedValues"/>.</summary>
    Choice,

    /// <summary>A list of texts.</summary>
    TextList,

    /// <summary>A span of time: {"workingDays": n}, {"calendarDays": n}, {"weeks": n}, {"hours": n} or {"minutes": n}.</summary>
    Duration,

    /// <summary>A declarative condition (all / any / not / comparisons).</summary>
    Condition,

    /// <summary>A list of named conditions: [{"port": "urgent", "when": condition}, ...].</summary>
    Cases,

    /// <summary>Who a human task goes to: {"person": id}, {"team": id}, {"role": role} or {"leadPractitioner": true}.</summary>
    Assignee,

    /// <summary>A list of activity ids of the same workflow.</summary>
    ActivityList,

    /// <summary>A workflow variable's name.</summary>
    VariableName,

    /// <summary>Any JSON value (for example the value a set-variable activity assigns).</summary>
    Value,

    /// <summary>A list of alternatives a deferred choice waits for: [{"port": "...", "event": "..."} or {"port": "...", "after": duration}].</summary>
    Alternatives,
}

/// <summary>What the validator and the runtime need to know about an activity type's behaviour.</summary>
[Flags]
public enum ActivityTraits
{
    /// <summary>Runs and completes at once.</summary>
    None = 0,

    /// <summary>Where an instance starts; exactly one per workflow.</summary>
    Start = 1,

    /// <summary>Can suspend the instance until an event, a timer or a person: a cycle through it is not a busy loop.</summary>
    Waits = 2,

    /// <summary>Synchronises several incoming branches.</summary>
    Join = 4,

    /// <summary>A structured loop with a bounded number of iterations: a cycle through it is not a busy loop.</summary>
    BoundedLoop = 8,

    /// <summary>Ends the instance (explicit termination).</summary>
    Terminates = 16,
}
