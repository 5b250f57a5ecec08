using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>
/// Structured loop (WCP21): sends a token round the "body" while a condition holds, at most a set number of
/// times; the body's last activity connects back here.
/// </summary>
public sealed class Loop : IActivity
{
    private const string Count = "count";

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/loop", 1, "Flow", "Loop",
        "Repeats the \"body\" branch while the condition holds, up to the maximum number of times, then continues by \"done\". Connect the body's end back to the loop.",
        [
            Optional("while", InputType.Condition, "Repeat while this holds; always when absent."),
            Required("maxIterations", InputType.WholeNumber, "The most times the body runs; a bound, so the loop always ends."),
        ],
        [Port("body", "Each time round."), Port("done", "When the condition no longer holds or the maximum is reached.")],
        ActivityTraits.BoundedLoop);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        var count = context.State[Count]?.GetValue<int>() ?? 0;
        var holds = true;
        if (context.Inputs.Find("while") is not null)
        {
            if (WorkflowConditions.Evaluate(context, "while") is not { } result)
            {
                return;
            }

            holds = result;
        }

        var maximum = context.Inputs.WholeNumber("maxIterations", 1);
        if (holds && count < maximum)
        {
            context.State[Count] = count + 1;
            context.Complete("body");
            return;
        }

        if (holds)
        {
            context.Note($"stopped after {maximum} iterations");
        }

        context.State.Remove(Count);
        context.Complete("done");
    }
}
