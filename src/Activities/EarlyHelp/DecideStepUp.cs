using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// A step-up to children's social care (the lifecycle's StepUp, which nothing may block), automatic or decided.
/// With a "reason" the step-up is fired at once by the system with that reason. Without one, a team manager
/// decides: completed "stepped-up", the data is the "stepped-up" fact ({"reason": ..., "socialCareReference":
/// null}); completed "kept-in-early-help", the data is the "step-up-declined" fact ({"agreedLevelOfNeed": ...,
/// "reason": ...}) when a step-up decision is waiting on the case (a need above the ceiling or a high CSE risk),
/// and nothing is recorded on the case when none is waiting (a review that only asked to consider it).
/// </summary>
/// <remarks>
/// An automatic step-up the lifecycle refuses (the episode has already ended) is an incident with the lifecycle's
/// reason. The engine treats a whole step caused by a completed task as that person's input, so an automatic
/// step-up that runs straight after a completed task, in the same step, refuses that completion instead.
/// </remarks>
public sealed class DecideStepUp : IActivity
{
    private static readonly string[] Outcomes = ["stepped-up", "kept-in-early-help"];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/step-up", 1, "Early Help", "Step up to social care",
        "Steps the case up to children's social care: at once with the reason given, or as a team manager's decision to step up or keep the case in Early Help. Nothing may block a step-up.",
        [
            Inputs.Optional("reason", InputType.Text, "The reason for an automatic step-up. Leave it out for a team manager's decision."),
            AssigneeInput("{\"role\": \"team-manager\"}", "decides (without a reason)"),
            DueInput("How long the decision may take, from when the task is created.", "{\"workingDays\": 1}"),
            TitleInput("Decide whether the case steps up to children's social care"),
        ],
        [
            Inputs.Port("stepped-up", "When the case has stepped up; the Early Help episode has ended."),
            Inputs.Port("kept-in-early-help", "When the manager keeps the case in Early Help."),
        ],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        if (context.Inputs.Text("reason") is { } reason)
        {
            if (context.FireOnCase(CaseTrigger.StepUp, new SteppedUp(reason, null)))
            {
                context.Complete("stepped-up");
            }

            return;
        }

        Create(context, "step-up-decision", Outcomes);
    }

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        if (Completion(context, stimulus, Outcomes) is not { } completed)
        {
            return;
        }

        if (completed.Outcome == "stepped-up")
        {
            if (ReadFact<SteppedUp>(context, CaseTrigger.StepUp, completed.Data) is { } stepUp && context.FireOnCase(CaseTrigger.StepUp, stepUp))
            {
                context.Complete("stepped-up");
            }

            return;
        }

        if (context.Case is { StepUpDecisionRequired: false })
        {
            context.Note("no step-up decision was waiting on the case: nothing recorded");
            context.Complete("kept-in-early-help");
            return;
        }

        if (ReadFact<StepUpDeclined>(context, CaseTrigger.DeclineStepUp, completed.Data) is { } declined && context.FireOnCase(CaseTrigger.DeclineStepUp, declined))
        {
            context.Complete("kept-in-early-help");
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => CheckAssignees(activity, "assignee");
}
