using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>Waits for a span of time on a durable timer: working days, calendar days, weeks, hours or minutes.</summary>
public sealed class Delay : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/delay", 1, "Timers", "Delay",
        "Waits for a span of time. Working days skip weekends, England and Wales bank holidays and the council's closure days.",
        [Required("duration", InputType.Duration, "How long: {\"workingDays\": 5}, {\"calendarDays\": 2}, {\"weeks\": 6}, {\"hours\": 4} or {\"minutes\": 30}.")],
        [Port("done", "When the time is up.")],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        if (context.Inputs.Duration("duration") is not { } duration)
        {
            context.Fault("the delay has no valid duration");
            return;
        }

        context.SetTimer(duration.From(context.Now, context.Calendar));
    }

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus) => context.Complete("done");
}
