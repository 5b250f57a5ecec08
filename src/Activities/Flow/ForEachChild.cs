using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>Multiple instances known at run time (WCP14): one branch per child of the case, then "done" when every branch has ended.</summary>
public sealed class ForEachChild : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/for-each-child", 1, "Flow", "For each child",
        "Runs the \"each\" branch once for every child the case concerns, side by side, and continues by \"done\" when all have ended.",
        [],
        [Port("each", "Once per child; activities on this branch see the child as their scope."), Port("done", "When every child's branch has ended.")],
        ActivityTraits.None);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        if (context.Case is null)
        {
            context.Fault("for each child needs a case, and this instance has none");
            return;
        }

        if (context.Case.ChildIds.Count == 0)
        {
            context.Complete("done");
            return;
        }

        context.SpawnBranches("each", [.. context.Case.ChildIds.Select(id => id.ToString())]);
    }

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus) => context.Complete("done");
}
