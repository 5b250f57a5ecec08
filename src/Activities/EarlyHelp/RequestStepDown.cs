using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// Children's social care asks the step-down panel to move the case to Early Help (the lifecycle's
/// RequestStepDown, from an enquiry or a stepped-up case). The completion's data is the "step-down-requested"
/// fact ({"reason": ..., "socialCareReference": ...}); a request without a "requestId" gets a new one.
/// </summary>
public sealed class RequestStepDown : IActivity
{
    private static readonly string[] Outcomes = ["done"];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/request-step-down", 1, "Early Help", "Request a step-down",
        "Asks the social worker to put the case to the step-down panel, with the reason Early Help can now meet the need.",
        [
            AssigneeInput("{\"role\": \"social-worker\"}", "makes the request"),
            DueInput("How long they have, from when the task is created; no due date when absent.", null),
            TitleInput("Request a step-down to Early Help"),
        ],
        [Inputs.Port("done", "When the request is with the panel.")],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context) => Create(context, "step-down-request", Outcomes);

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus) =>
        RecordFactAndComplete<StepDownRequested>(context, stimulus, Outcomes, CaseTrigger.RequestStepDown, data => WithDefault(data, "requestId", context.ExecutionId.ToString()));

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => CheckAssignees(activity, "assignee");
}
