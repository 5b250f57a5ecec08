using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>Parallel split (WCP2): a token leaves by every branch at once.</summary>
public sealed class Fork : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/fork", 1, "Flow", "Fork", "Starts several branches that run side by side.",
        [Required("branches", InputType.TextList, "The names of the branches; each is a port.")],
        [],
        ActivityTraits.None,
        PortsFromInput: "branches");

    /// <inheritdoc />
    public void Execute(ActivityContext context) => context.Complete([.. context.Inputs.TextList("branches")]);
}
