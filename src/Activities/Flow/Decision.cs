using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>Exclusive choice (WCP4): one of two ways, by a declarative condition.</summary>
public sealed class Decision : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/decision", 1, "Flow", "Decision",
        "Goes one way or the other by a condition over the case and the workflow's variables (no scripting).",
        [Required("condition", InputType.Condition, "The condition: all / any / not, and comparisons such as the level of need or the youngest child's age.")],
        [Port("true", "When the condition holds."), Port("false", "When it does not.")],
        ActivityTraits.None);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        if (WorkflowConditions.Evaluate(context, "condition") is { } holds)
        {
            context.Complete(holds ? "true" : "false");
        }
    }
}
