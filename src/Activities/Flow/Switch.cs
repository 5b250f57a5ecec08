using System.Text.Json;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>
/// Several named ways by conditions: the first that holds (exclusive choice, WCP4), or every one that holds
/// (multi-choice, WCP6, whose branches a join in "all" mode merges again: WCP7).
/// </summary>
public sealed class Switch : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/switch", 1, "Flow", "Switch",
        "Goes the way of the first case whose condition holds, or every such way in \"all\" mode; \"default\" when none holds.",
        [
            Required("cases", InputType.Cases, "The ways out, in order: each a port name and the condition that sends a token by it."),
            Optional("mode", InputType.Choice, "\"first\": only the first case that holds; \"all\": every case that holds.", "\"first\"", ["first", "all"]),
        ],
        [Port("default", "When no case holds.")],
        ActivityTraits.None,
        PortsFromInput: "cases");

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        var all = context.Inputs.Text("mode") == "all";
        var chosen = new List<string>();
        if (context.Inputs.Find("cases") is not { ValueKind: JsonValueKind.Array } cases)
        {
            context.Fault("the switch has no cases");
            return;
        }

        var index = 0;
        foreach (var item in cases.EnumerateArray())
        {
            var port = item.GetProperty("port").GetString()!;
            var holds = WorkflowConditions.Evaluate(context, item.GetProperty("when"), $"cases[{index++}].when");
            if (holds is null)
            {
                return;
            }

            if (holds.Value)
            {
                chosen.Add(port);
                if (!all)
                {
                    break;
                }
            }
        }

        context.Complete(chosen.Count == 0 ? ["default"] : [.. chosen]);
    }
}
