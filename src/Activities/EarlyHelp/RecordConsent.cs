using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// Records the family's consent to Early Help (the lifecycle's RecordConsent): given, or partial with what it
/// covers, by a parent, a carer or a competent young person. There is no assessment without it. Completed "done",
/// the data is the "consent-recorded" fact ({"status": "given", "givenBy": "parent", "note": null}). Completed
/// "declined" (the family did not agree), nothing is recorded on the case (the lifecycle has no fact for consent
/// never given; withdrawal of consent once given is its own trigger) and the activity leaves by "declined", so the
/// pathway can ask for closure.
/// </summary>
public sealed class RecordConsent : IActivity
{
    private static readonly string[] Outcomes = ["done", "declined"];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/record-consent", 1, "Early Help", "Record consent",
        "Asks the lead practitioner to record the family's consent to Early Help (given, or partial with what it covers). \"declined\" when the family does not agree.",
        [
            AssigneeInput(LeadPractitioner, "records the consent"),
            DueInput("How long they have, from when the task is created; no due date when absent.", null),
            TitleInput("Record the family's consent to Early Help"),
        ],
        [
            Inputs.Port("done", "When consent is recorded."),
            Inputs.Port("declined", "When the family does not consent; nothing is recorded on the case."),
        ],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context) => Create(context, "consent", Outcomes);

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        if (Completion(context, stimulus, Outcomes) is not { } completed)
        {
            return;
        }

        if (completed.Outcome == "declined")
        {
            context.Note("the family did not consent to Early Help");
            context.Complete("declined");
            return;
        }

        if (ReadFact<ConsentRecorded>(context, CaseTrigger.RecordConsent, completed.Data) is { } fact && context.FireOnCase(CaseTrigger.RecordConsent, fact))
        {
            context.Complete("done");
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => CheckAssignees(activity, "assignee");
}
