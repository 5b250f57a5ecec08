using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Activities.Tests.Validation;

/// <summary>An activity type made up for a test: a descriptor of one's choosing, and rules that report the messages given.</summary>
internal sealed class ProbeActivity(ActivityDescriptor descriptor, params string[] rules) : IActivity
{
    public ActivityDescriptor Descriptor { get; } = descriptor;

    public static ActivityCatalogue CatalogueWith(IActivity probe) => new([.. ActivityLibrary.All, probe]);

    public static ActivityDescriptor Described(string type, params InputDescriptor[] inputs) =>
        new(type, 1, "Test", "Probe", "A made-up activity for a test.", inputs, [new PortDescriptor("done", "Straight away.")], ActivityTraits.None);

    public void Execute(ActivityContext context) => throw new NotSupportedException("A probe is only validated, never run.");

    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => rules;
}
