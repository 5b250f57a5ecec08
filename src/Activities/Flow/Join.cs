using System.Text.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>
/// Joins branches. "all": synchronisation (WCP3), and after a multi-choice the structured synchronising
/// merge (WCP7): it waits for every incoming branch that can still arrive. "first": the structured
/// discriminator (WCP9): the first branch continues, the others are absorbed. "count": n of m.
/// </summary>
public sealed class Join : IActivity
{
    private const string Arrived = "arrived";
    private const string Fired = "fired";

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/join", 1, "Flow", "Join",
        "Waits for incoming branches: all that can still arrive, the first, or a number of them; then continues once.",
        [
            Optional("mode", InputType.Choice, "\"all\", \"first\" or \"count\".", "\"all\"", ["all", "first", "count"]),
            Optional("count", InputType.WholeNumber, "With mode \"count\": how many branches must arrive."),
        ],
        [Port("done", "Once the join's condition is met.")],
        ActivityTraits.Join);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        var arrived = context.State[Arrived] as JsonArray ?? [];
        context.State[Arrived] = arrived;
        if (context.ArrivedVia is { } via && !arrived.Any(a => a!.GetValue<string>() == via.ToString()))
        {
            arrived.Add(via.ToString());
        }

        var inbound = context.Workflow.ConnectionsInto(context.Activity.Id).ToList();
        var stillComing = inbound.Count(c => !arrived.Any(a => a!.GetValue<string>() == c.ToString()) && context.CanStillArrive(c));
        var fired = context.State[Fired]?.GetValue<bool>() == true;
        var ready = context.Inputs.Text("mode") switch
        {
            "first" => arrived.Count > 0,
            "count" => arrived.Count >= context.Inputs.WholeNumber("count", inbound.Count),
            _ => stillComing == 0,
        };

        if (stillComing == 0)
        {
            // Nothing more can arrive: the join is ready for the next round (a loop may bring tokens again).
            context.State.Remove(Arrived);
            context.State.Remove(Fired);
        }
        else if (ready && !fired)
        {
            context.State[Fired] = true;
        }

        if (ready && !fired && arrived.Count > 0)
        {
            context.Complete("done");
        }
        else
        {
            context.Absorb();
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(workflow);
        var inbound = workflow.ConnectionsInto(activity.Id).Count();
        if (inbound < 2)
        {
            yield return $"a join needs at least two incoming connections, and {activity.Id} has {inbound}: it has nothing to join";
        }

        if (activity.Inputs.TryGetValue("mode", out var mode) && mode.ValueKind == JsonValueKind.String && mode.GetString() == "count")
        {
            if (!activity.Inputs.TryGetValue("count", out var count) || count.ValueKind != JsonValueKind.Number || !count.TryGetInt32(out var n) || n < 1)
            {
                yield return "with mode \"count\", the input count must be a whole number of at least 1";
            }
            else if (n > inbound)
            {
                yield return $"the join waits for {n} branches but only {inbound} connections arrive: it can never fire";
            }
        }
    }
}
