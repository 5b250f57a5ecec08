using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>Waits until a deadline: a span after the enquiry was received, the case opened, or a date held in a variable.</summary>
public sealed class WaitUntil : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/wait-until", 1, "Timers", "Wait until a deadline",
        "Waits until a deadline counted from the enquiry, the case's opening, the instance's start, or a date variable. Continues at once if the deadline has passed.",
        [
            Optional("from", InputType.Choice, "What the deadline counts from.", "\"enquiry-received\"", ["enquiry-received", "case-opened", "instance-started", "variable"]),
            Optional("variable", InputType.VariableName, "With from \"variable\": the date variable the deadline counts from."),
            Optional("after", InputType.Duration, "How long after it; no time when absent.", "{\"minutes\": 0}"),
        ],
        [Port("done", "At the deadline.")],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        var start = StartOf(context);
        if (start is null)
        {
            return;
        }

        var due = (context.Inputs.Duration("after") ?? new Duration(DurationUnit.Minutes, 0)).From(start.Value, context.Calendar);
        if (due <= context.Now)
        {
            context.Note("the deadline has passed");
            context.Complete("done");
            return;
        }

        context.SetTimer(due);
    }

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus) => context.Complete("done");

    private static DateTimeOffset? StartOf(ActivityContext context)
    {
        switch (context.Inputs.Text("from"))
        {
            case "case-opened" when context.Case is not null:
                return context.Case.OpenedAt;
            case "enquiry-received" when context.Case is not null:
                return context.Case.Enquiries[0].ReceivedAt;
            case "instance-started":
                return context.Now;
            case "variable":
                var name = context.Inputs.Text("variable") ?? "";
                if (context.Variables.TryGetValue(name, out var value) && value is not null
                    && DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", out var date))
                {
                    var midnight = date.ToDateTime(TimeOnly.MinValue);
                    return new DateTimeOffset(midnight, CouncilTime.Zone.GetUtcOffset(midnight));
                }

                context.Fault($"the variable '{name}' does not hold a date");
                return null;
            default:
                context.Fault("the deadline counts from the case, and this instance has none");
                return null;
        }
    }
}
