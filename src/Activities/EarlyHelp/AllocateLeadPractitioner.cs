using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// Allocates a lead practitioner (the lifecycle's AllocateLeadPractitioner; any previous allocation ends). The
/// due date counts from the triage decision: 5 working days (DESIGN.md, "Default timescales": triage decision to
/// lead practitioner allocated), or from when the task is created on a case with no triage decision. The
/// completion's data is the "lead-practitioner-allocated" fact, {"practitionerId": ..., "teamId": ...}.
/// </summary>
public sealed class AllocateLeadPractitioner : IActivity
{
    private static readonly string[] Outcomes = ["done"];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/allocate-lead-practitioner", 1, "Early Help", "Allocate a lead practitioner",
        "Asks a team manager to allocate the lead practitioner who will assess the family and run the Team Around the Family.",
        [
            AssigneeInput("{\"role\": \"team-manager\"}", "allocates"),
            DueInput("How long after the triage decision the allocation is due.", "{\"workingDays\": 5}"),
            TitleInput("Allocate a lead practitioner"),
        ],
        [Inputs.Port("done", "When the lead practitioner is allocated.")],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context) => Create(context, "allocation", Outcomes, context.Case?.Triage?.At);

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus) =>
        RecordFactAndComplete<LeadPractitionerAllocated>(context, stimulus, Outcomes, CaseTrigger.AllocateLeadPractitioner);

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => CheckAssignees(activity, "assignee");
}
