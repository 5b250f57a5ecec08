using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>Sets a workflow variable to a value.</summary>
public sealed class SetVariable : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/set-variable", 1, "Flow", "Set variable", "Sets one of the workflow's variables to a value.",
        [Required("variable", InputType.VariableName, "The variable."), Required("value", InputType.Value, "Its new value, of the variable's type.")],
        [Port("done", "Straight away.")],
        ActivityTraits.None);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        context.SetVariable(context.Inputs.Text("variable")!, context.Inputs.Find("value") is { } value ? JsonNode.Parse(value.GetRawText()) : null);
        context.Complete("done");
    }
}
