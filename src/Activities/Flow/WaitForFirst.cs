using System.Text.Json;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>Deferred choice (WCP16): waits for several events or timers; the first to happen decides the way, the others are withdrawn.</summary>
public sealed class WaitForFirst : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/wait-for-first", 1, "Events", "Wait for the first of",
        "Waits for whichever happens first of several events and time limits, and goes that way; the others are withdrawn.",
        [Required("alternatives", InputType.Alternatives, "Each: {\"port\": name, \"event\": event name} or {\"port\": name, \"after\": duration}.")],
        [],
        ActivityTraits.Waits,
        PortsFromInput: "alternatives");

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        if (context.Inputs.Find("alternatives") is not { ValueKind: JsonValueKind.Array } alternatives)
        {
            context.Fault("there are no alternatives to wait for");
            return;
        }

        foreach (var alternative in alternatives.EnumerateArray())
        {
            var port = alternative.GetProperty("port").GetString()!;
            if (alternative.TryGetProperty("event", out var name))
            {
                context.WaitForEvent(name.GetString()!, port);
            }
            else if (alternative.TryGetProperty("after", out var after) && Duration.TryRead(after, out var duration, out _))
            {
                context.SetTimer(duration!.From(context.Now, context.Calendar), port);
            }
        }
    }

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        context.Complete(bookmark.Tag!);
    }
}
