using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>Explicit termination (WCP43) or cancel case (WCP20): ends the whole instance at once.</summary>
public sealed class Finish : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/finish", 1, "Flow", "Finish",
        "Ends the whole instance at once, withdrawing everything still waiting. Without it, an instance ends when nothing is left to do.",
        [Optional("outcome", InputType.Choice, "\"completed\" or \"cancelled\".", "\"completed\"", ["completed", "cancelled"])],
        [],
        ActivityTraits.Terminates);

    /// <inheritdoc />
    public void Execute(ActivityContext context) =>
        context.Terminate(context.Inputs.Text("outcome") == "cancelled" ? InstanceStatus.Cancelled : InstanceStatus.Completed);
}
