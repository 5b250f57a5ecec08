using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>
/// A cycle timer: sends a token by "tick" every period (for example a TAF review every 6 calendar weeks)
/// until it has ticked the set number of times or is cancelled. Each due time counts from the previous due
/// time, not from when the tick was handled, so the cycle does not drift.
/// </summary>
public sealed class RepeatEvery : IActivity
{
    private const string Ticks = "ticks";

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/repeat-every", 1, "Timers", "Repeat every",
        "Ticks every period, in working days or calendar weeks, until it has ticked the set number of times or is cancelled.",
        [
            Required("every", InputType.Duration, "The period: {\"weeks\": 6}, {\"workingDays\": 10}, ..."),
            Optional("times", InputType.WholeNumber, "How many ticks before \"done\"; 0 for until cancelled.", "0"),
        ],
        [Port("tick", "Every period."), Port("done", "After the last tick.")],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        if (context.Inputs.Duration("every") is not { } every)
        {
            context.Fault("the cycle has no valid period");
            return;
        }

        context.SetTimer(every.From(context.Now, context.Calendar));
    }

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        var ticks = (context.State[Ticks]?.GetValue<int>() ?? 0) + 1;
        context.State[Ticks] = ticks;
        var times = context.Inputs.WholeNumber("times", 0);
        if (times > 0 && ticks >= times)
        {
            context.Emit("tick");
            context.Complete("done");
            return;
        }

        context.Emit("tick");
        context.SetTimer(context.Inputs.Duration("every")!.From(bookmark.DueAt ?? context.Now, context.Calendar));
    }
}
