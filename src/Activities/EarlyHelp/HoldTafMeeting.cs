using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// A Team Around the Family meeting (the lifecycle's HoldTafMeeting: the first moves the case to Review). For the
/// first meeting the due date counts from the assessment's completion: 15 working days (DESIGN.md, "Default
/// timescales": EHA completed to first TAF meeting); for later ones, from when the task is created. The
/// completion's data is the "taf-meeting-held" fact
/// ({"heldOn": "yyyy-MM-dd", "agenciesPresent": [...], "familyPresent": true, "summary": null}).
/// </summary>
public sealed class HoldTafMeeting : IActivity
{
    private static readonly string[] Outcomes = ["done"];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/taf-meeting", 1, "Early Help", "Team Around the Family meeting",
        "Asks the lead practitioner to hold a Team Around the Family meeting and record who came and what was agreed.",
        [
            AssigneeInput(LeadPractitioner, "holds the meeting"),
            DueInput("How long they have: for the first meeting, from the assessment's completion; otherwise from when the task is created.", "{\"workingDays\": 15}"),
            TitleInput("Hold the Team Around the Family meeting"),
        ],
        [Inputs.Port("done", "When the meeting is recorded.")],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        var first = context.Case is { TafMeetings.Count: 0, Assessment.CompletedAt: { } completedAt } ? completedAt : (DateTimeOffset?)null;
        Create(context, "taf-meeting", Outcomes, first);
    }

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus) =>
        RecordFactAndComplete<TafMeetingHeld>(context, stimulus, Outcomes, CaseTrigger.HoldTafMeeting);

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => CheckAssignees(activity, "assignee");
}
