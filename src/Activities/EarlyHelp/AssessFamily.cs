using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// The Early Help Assessment, as two tasks for the lead practitioner: start it (the lifecycle's StartAssessment,
/// which needs recorded consent and exactly one lead practitioner), then complete it with the family plan
/// (CompleteAssessment). The completion's due date counts from the current lead practitioner's allocation:
/// 20 working days (DESIGN.md, "Default timescales": allocation to EHA completed with family plan; the amber
/// point at 15 and the breach at 35 are for the daily timeliness checks, not for this task).
/// </summary>
/// <remarks>
/// The start task's data is the "assessment-started" fact ({"note": null}); the completion task's is the
/// "assessment-completed" fact ({"levelOfNeed": ..., "needsIdentified": [...], "plan": [...]}). An assessment
/// already under way on the case (started from the case page) is not started again: the activity notes it and
/// goes straight to the completion task; one already completed is noted and the activity completes.
/// </remarks>
public sealed class AssessFamily : IActivity
{
    private const string StartTask = "assessment-start";
    private const string CompleteTask = "assessment-complete";
    private static readonly string[] StartOutcomes = ["started"];
    private static readonly string[] CompleteOutcomes = ["done"];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/assessment", 1, "Early Help", "Early Help Assessment",
        "Asks the lead practitioner to start the Early Help Assessment, then to complete it with the family plan. Consent and one lead practitioner are needed to start.",
        [
            AssigneeInput(LeadPractitioner, "assesses the family"),
            DueInput("How long after the task is created the assessment should start; no due date when absent.", null, "startDue"),
            DueInput("How long after the lead practitioner's allocation the assessment must be completed with the family plan.", "{\"workingDays\": 20}"),
            TitleInput("Start the Early Help Assessment", "startTitle"),
            TitleInput("Complete the Early Help Assessment with the family plan"),
        ],
        [Inputs.Port("done", "When the assessment is completed with the family plan.")],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        switch (context.Case?.Assessment)
        {
            case { CompletedAt: not null }:
                context.Note("the assessment was already completed");
                context.Complete("done");
                break;
            case not null:
                context.Note("the assessment was already started");
                CreateCompletion(context);
                break;
            default:
                Create(context, StartTask, StartOutcomes, dueInput: "startDue", titleInput: "startTitle");
                break;
        }
    }

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        if (bookmark.Tag == StartTask)
        {
            if (Completion(context, stimulus, StartOutcomes) is { } started
                && ReadFact<AssessmentStarted>(context, CaseTrigger.StartAssessment, started.Data) is { } start
                && context.FireOnCase(CaseTrigger.StartAssessment, start))
            {
                CreateCompletion(context);
            }

            return;
        }

        if (Completion(context, stimulus, CompleteOutcomes) is { } completed
            && ReadFact<AssessmentCompleted>(context, CaseTrigger.CompleteAssessment, completed.Data) is { } fact
            && context.FireOnCase(CaseTrigger.CompleteAssessment, fact))
        {
            context.Complete("done");
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => CheckAssignees(activity, "assignee");

    private static void CreateCompletion(ActivityContext context) =>
        Create(context, CompleteTask, CompleteOutcomes, context.Case?.CurrentLeadPractitioners is [var lead] ? lead.From : null);
}
