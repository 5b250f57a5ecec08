using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// The case steps down into Early Help on the request the panel accepted (the lifecycle's StepDown, which needs
/// the family's consent recorded since the request, a named lead practitioner and a level of need within Early
/// Help); the named lead practitioner is allocated. The due date counts from the panel's decision: 10 working days,
/// the handover timescale (DESIGN.md, "Default timescales"), since the level of need is agreed at the handover.
/// The completion's data is the "stepped-down" fact ({"leadPractitionerId": ..., "teamId": ...,
/// "agreedLevelOfNeed": ...}); "requestId" may be left out (the accepted request).
/// </summary>
public sealed class StepDown : IActivity
{
    private static readonly string[] Outcomes = ["done"];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/step-down", 1, "Early Help", "Step down to Early Help",
        "Asks the receiving team manager to step the case down on the accepted request, naming the lead practitioner and the level of need agreed. The family's consent must be recorded first.",
        [
            AssigneeInput("{\"role\": \"team-manager\"}", "names the lead practitioner"),
            DueInput("How long after the panel's decision the step-down is due.", "{\"workingDays\": 10}"),
            TitleInput("Step the case down and name the lead practitioner"),
        ],
        [Inputs.Port("done", "When the case has stepped down with its lead practitioner.")],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context) =>
        Create(context, "step-down", Outcomes, context.Case?.StepDownRequests.LastOrDefault(r => r.IsAcceptedAndWaiting)?.DecidedAt);

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        if (Completion(context, stimulus, Outcomes) is not { } completed)
        {
            return;
        }

        var accepted = context.Case?.StepDownRequests.LastOrDefault(r => r.IsAcceptedAndWaiting)?.Request.RequestId.ToString();
        if (ReadFact<SteppedDown>(context, CaseTrigger.StepDown, WithDefault(completed.Data, "requestId", accepted)) is { } fact
            && context.FireOnCase(CaseTrigger.StepDown, fact))
        {
            context.Complete("done");
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => CheckAssignees(activity, "assignee");
}
