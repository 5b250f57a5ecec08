using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>Cancel task (WCP19) and cancel region (WCP25): withdraws the listed activities wherever they wait, with their tasks and timers.</summary>
public sealed class CancelRegion : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/cancel-region", 1, "Flow", "Cancel activities",
        "Withdraws the listed activities wherever they are waiting, with their tasks and timers, and continues.",
        [Required("activities", InputType.ActivityList, "The activities to cancel.")],
        [Port("done", "Straight away.")],
        ActivityTraits.None);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        context.CancelActivities(context.Inputs.TextList("activities"));
        context.Complete("done");
    }
}
