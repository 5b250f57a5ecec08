using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// The triage decision (the lifecycle's Triage): the triage officer decides what happens to the enquiry, and the
/// activity leaves by the port of the decision. The due date counts from when the opening enquiry was received:
/// 3 working days, 1 when the enquiry is urgent (DESIGN.md, "Default timescales": enquiry to triage decision).
/// The completion's outcome is the decision; its data is the "triage-decided" fact
/// ({"levelOfNeed": ..., "rationale": ...}; "outcome" may be left out, and must agree with the outcome if given).
/// </summary>
public sealed class DecideTriage : IActivity
{
    private static readonly string[] Ports = [.. Enum.GetValues<TriageOutcome>().Select(Word)];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/triage-decision", 1, "Early Help", "Triage decision",
        "Asks the triage officer to decide on the enquiry: Early Help, single agency, signpost, no further action, or refer to children's social care. Leaves by the decision's port.",
        [
            AssigneeInput("{\"role\": \"triage-officer\"}", "decides"),
            DueInput("How long after the enquiry was received the decision is due (standard urgency).", "{\"workingDays\": 3}"),
            DueInput("How long after the enquiry was received the decision is due when the enquiry is urgent.", "{\"workingDays\": 1}", "urgentDue"),
            TitleInput("Decide what happens to the enquiry"),
        ],
        [
            Inputs.Port("early-help", "Multi-agency Early Help: the case moves to allocation."),
            Inputs.Port("single-agency", "One agency meets the need: the enquiry closes."),
            Inputs.Port("signpost", "Signposted to other services: the enquiry closes."),
            Inputs.Port("no-further-action", "No further action: the enquiry closes."),
            Inputs.Port("refer-to-social-care", "Referred to children's social care: the case steps up."),
        ],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        var opening = context.Case?.Enquiries is [var first, ..] ? first : null;
        var due = opening?.Urgency == Urgency.Urgent ? "urgentDue" : "due";
        Create(context, "triage", Ports, opening?.ReceivedAt, dueInput: due);
    }

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        if (Completion(context, stimulus, Ports) is not { } completed
            || ReadFact<TriageDecided>(context, CaseTrigger.Triage, WithDefault(completed.Data, "outcome", completed.Outcome)) is not { } fact)
        {
            return;
        }

        if (Word(fact.Outcome) != completed.Outcome)
        {
            context.Refuse($"the task was completed as '{completed.Outcome}', but its data records the decision '{Word(fact.Outcome)}': they must agree");
            return;
        }

        if (context.FireOnCase(CaseTrigger.Triage, fact))
        {
            context.Complete(completed.Outcome);
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => CheckAssignees(activity, "assignee");
}
