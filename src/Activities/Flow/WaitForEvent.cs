using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>
/// Waits for a named event from outside. An event that arrived before the wait was reached is kept and
/// consumed here (persistent trigger, WCP24); a second delivery of the same event id is ignored.
/// </summary>
public sealed class WaitForEvent : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/wait-for-event", 1, "Events", "Wait for an event",
        "Waits for a named event (for example \"school-report-received\"). An event that came earlier is kept until this wait is reached.",
        [
            Required("event", InputType.Text, "The event's name."),
            Optional("storeIn", InputType.VariableName, "A variable to keep the event's \"value\" in."),
        ],
        [Port("received", "When the event arrives.")],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context) => context.WaitForEvent(context.Inputs.Text("event") ?? "");

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        if (context.Inputs.Text("storeIn") is { } variable && stimulus is EventReceived { Payload: { } payload } && payload.TryGetPropertyValue("value", out var value))
        {
            context.SetVariable(variable, value?.DeepClone());
        }

        context.Complete("received");
    }
}
