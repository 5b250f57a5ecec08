using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// Messages an activity asks to be sent. The engine has no notification port yet (it comes with the scheduling
/// issue's notification outbox), so a message is written to the trace as a note and, when the activity names an
/// "outbox" variable, added to it as one JSON text per message for the Host to deliver and clear.
/// </summary>
internal static class Outbox
{
    public const string InputName = "outbox";

    public static InputDescriptor Input { get; } = Optional(InputName, InputType.VariableName,
        "A text-list variable that collects the message (one JSON text per message) for the Host's notification outbox to deliver. The trace notes the message either way.");

    /// <summary>Notes the message and adds it to the outbox variable, if one is named.</summary>
    /// <param name="context">The activity's view of the step.</param>
    /// <param name="message">The message: kinds, template keys and identifiers only, never names or contact details.</param>
    /// <param name="note">The trace note (no personal data).</param>
    public static void Queue(ActivityContext context, JsonObject message, string note)
    {
        message["instanceId"] = context.InstanceId.ToString();
        message["activityId"] = context.Activity.Id;
        message["at"] = context.Now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        context.Note(note);
        if (context.Inputs.Text(InputName) is { } name)
        {
            var messages = context.Variables.TryGetValue(name, out var current) && current is JsonArray queued ? (JsonArray)queued.DeepClone() : [];
            messages.Add(JsonValue.Create(message.ToJsonString()));
            context.SetVariable(name, messages);
        }
    }

    /// <summary>The outbox variable, when named, must be a list of texts.</summary>
    public static IEnumerable<string> Check(ActivityDefinition activity, WorkflowDefinition workflow)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(workflow);
        if (activity.Inputs.TryGetValue(InputName, out var name) && name.ValueKind == JsonValueKind.String
            && workflow.Variables.FirstOrDefault(v => v.Name == name.GetString()) is { } variable && variable.Type != VariableType.TextList)
        {
            yield return $"{InputName}: the variable \"{variable.Name}\" must be a text-list to collect messages, and it is {WorkflowDefinitionJson.TypeWord(variable.Type)}";
        }
    }
}
