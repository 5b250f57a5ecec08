using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// The family's exit survey ("How was it for you?"), after closure (the lifecycle's RecordExitSurvey, once per
/// episode that had a lead practitioner). The task goes to the lead practitioner by default: on a closed case, the
/// last one, who knows the family. Completed "done", the data is the "exit-survey-recorded" fact
/// ({"treatedWithRespect": "agree", "listenedTo": "agree", "helpedWithIssues": "agree", "comment": null});
/// completed "not-returned" (the family did not answer), nothing is recorded and the activity leaves by
/// "not-returned".
/// </summary>
public sealed class RecordExitSurvey : IActivity
{
    private static readonly string[] Outcomes = ["done", "not-returned"];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/exit-survey", 1, "Early Help", "Exit survey",
        "Asks for the family's exit survey answers to be recorded (treated with respect, listened to, helped with the issues). \"not-returned\" when the family did not answer.",
        [
            AssigneeInput(LeadPractitioner, "records the answers (on a closed case: the last lead practitioner)"),
            DueInput("How long the family has to answer, from when the task is created; no due date when absent.", null),
            TitleInput("Record the family's exit survey"),
        ],
        [
            Inputs.Port("done", "When the answers are recorded."),
            Inputs.Port("not-returned", "When the family did not answer; nothing is recorded."),
        ],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context) => Create(context, "exit-survey", Outcomes);

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        if (Completion(context, stimulus, Outcomes) is not { } completed)
        {
            return;
        }

        if (completed.Outcome == "not-returned")
        {
            context.Note("the family did not return the exit survey");
            context.Complete("not-returned");
            return;
        }

        if (ReadFact<ExitSurveyRecorded>(context, CaseTrigger.RecordExitSurvey, completed.Data) is { } fact && context.FireOnCase(CaseTrigger.RecordExitSurvey, fact))
        {
            context.Complete("done");
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => CheckAssignees(activity, "assignee");
}
