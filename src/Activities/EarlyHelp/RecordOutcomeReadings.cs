using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// Outcome measure readings on their own (the lifecycle's RecordOutcomeReadings): any measure with named domains
/// and numeric scores, integrated generically (a licensed tool such as the Outcome Star is named, never copied).
/// Readings are due first within 4 weeks, then every 12 weeks (DESIGN.md, "Default timescales"): the default due
/// is the first; a pathway's 12-weekly cycle sets its own. The completion's data is the
/// "outcome-readings-recorded" fact ({"measure": ..., "scores": [{"domain": ..., "score": 0}]}).
/// </summary>
public sealed class RecordOutcomeReadings : IActivity
{
    private static readonly string[] Outcomes = ["done"];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/record-outcome-readings", 1, "Early Help", "Record outcome readings",
        "Asks the lead practitioner to record the family's outcome measure readings: a score in each named domain.",
        [
            AssigneeInput(LeadPractitioner, "takes the readings with the family"),
            DueInput("How long they have, from when the task is created.", "{\"weeks\": 4}"),
            TitleInput("Record the outcome measure readings"),
        ],
        [Inputs.Port("done", "When the readings are recorded.")],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context) => Create(context, "outcome-readings", Outcomes);

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus) =>
        RecordFactAndComplete<OutcomeReadingsRecorded>(context, stimulus, Outcomes, CaseTrigger.RecordOutcomeReadings);

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => CheckAssignees(activity, "assignee");
}
