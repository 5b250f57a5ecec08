using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>Where the instance starts (WCP1 sequence begins here).</summary>
public sealed class Start : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/start", 1, "Flow", "Start", "Where every instance of the workflow begins. Exactly one per workflow.",
        [], [Port("next", "Straight away.")], ActivityTraits.Start);

    /// <inheritdoc />
    public void Execute(ActivityContext context) => context.Complete("next");
}
