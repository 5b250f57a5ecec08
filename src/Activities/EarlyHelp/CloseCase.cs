using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// Closure, as two tasks: the lead practitioner requests it with a reason code and the family's and the child's
/// views (the lifecycle's RequestClosure), then a team manager signs it off (SignOffClosure, which only a team
/// manager may do) and the case closes. The sign-off is due 5 working days after the request (DESIGN.md,
/// "Default timescales": closure sign-off by a manager).
/// </summary>
/// <remarks>
/// The request task's data is the "closure-requested" fact ({"reason": "outcomes-met", "familyViews": ...,
/// "childViews": ...}); the sign-off task's is the "closure-signed-off" fact ({"note": null}). A closure already
/// requested on the case (from the case page) is not requested again: the activity notes it and goes straight to
/// the sign-off; a case already closed is noted and the activity completes.
/// </remarks>
public sealed class CloseCase : IActivity
{
    private const string RequestTask = "closure-request";
    private const string SignOffTask = "closure-sign-off";
    private static readonly string[] RequestOutcomes = ["requested"];
    private static readonly string[] SignOffOutcomes = ["signed-off"];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/close-case", 1, "Early Help", "Close the case",
        "Asks the lead practitioner to request closure with a reason and the family's and child's views, then a team manager to sign it off. The case closes at the sign-off.",
        [
            AssigneeInput(LeadPractitioner, "requests the closure", "requestAssignee"),
            DueInput("How long the lead practitioner has to request closure, from when the task is created; no due date when absent.", null, "requestDue"),
            TitleInput("Request closure with the family's and the child's views", "requestTitle"),
            AssigneeInput("{\"role\": \"team-manager\"}", "signs the closure off", "signOffAssignee"),
            DueInput("How long after the closure request the sign-off is due.", "{\"workingDays\": 5}", "signOffDue"),
            TitleInput("Sign off the case closure", "signOffTitle"),
        ],
        [Inputs.Port("closed", "When a manager has signed off the closure and the case is closed.")],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        if (context.Case is { State: CaseState.Closed })
        {
            context.Note("the case was already closed");
            context.Complete("closed");
        }
        else if (context.Case?.ClosureRequest is not null)
        {
            context.Note("closure was already requested");
            CreateSignOff(context);
        }
        else
        {
            Create(context, RequestTask, RequestOutcomes, assigneeInput: "requestAssignee", dueInput: "requestDue", titleInput: "requestTitle");
        }
    }

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        if (bookmark.Tag == RequestTask)
        {
            if (Completion(context, stimulus, RequestOutcomes) is { } requested
                && ReadFact<ClosureRequested>(context, CaseTrigger.RequestClosure, requested.Data) is { } request
                && context.FireOnCase(CaseTrigger.RequestClosure, request))
            {
                CreateSignOff(context);
            }

            return;
        }

        if (Completion(context, stimulus, SignOffOutcomes) is { } signedOff
            && ReadFact<ClosureSignedOff>(context, CaseTrigger.SignOffClosure, signedOff.Data) is { } fact
            && context.FireOnCase(CaseTrigger.SignOffClosure, fact))
        {
            context.Complete("closed");
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) =>
        CheckAssignees(activity, "requestAssignee", "signOffAssignee");

    private static void CreateSignOff(ActivityContext context) =>
        Create(context, SignOffTask, SignOffOutcomes, context.Case?.ClosureRequest?.At,
            assigneeInput: "signOffAssignee", dueInput: "signOffDue", titleInput: "signOffTitle");
}
