using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// A child sexual exploitation (CSE) screening of one child (the lifecycle's RecordCseScreening). A high risk
/// makes a step-up decision required, which holds most of the case back until a manager decides; the activity
/// then leaves by "high-risk" so the pathway can ask for that decision at once. The completion's data is the
/// "cse-screening-recorded" fact ({"childId": ..., "risk": "none" | "low" | "medium" | "high"}); "childId" may
/// be left out inside a for-each-child branch (the branch's child) or when the case concerns one child, and
/// inside a branch it must be the branch's child.
/// </summary>
public sealed class ScreenForCse : IActivity
{
    private static readonly string[] Outcomes = ["done"];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/cse-screening", 1, "Early Help", "CSE screening",
        "Asks the lead practitioner to complete a child sexual exploitation screening for a child. A high risk goes by \"high-risk\": a step-up decision is then required.",
        [
            AssigneeInput(LeadPractitioner, "completes the screening"),
            DueInput("How long they have, from when the task is created; no due date when absent.", null),
            TitleInput("Complete the CSE screening"),
        ],
        [
            Inputs.Port("done", "When the screening found no, low or medium risk."),
            Inputs.Port("high-risk", "When it found a high risk: a step-up decision is required."),
        ],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context) => Create(context, "cse-screening", Outcomes);

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        if (Completion(context, stimulus, Outcomes) is not { } completed)
        {
            return;
        }

        var child = context.ScopeItem ?? (context.Case?.ChildIds is [var only] ? only.ToString() : null);
        if (ReadFact<CseScreeningRecorded>(context, CaseTrigger.RecordCseScreening, WithDefault(completed.Data, "childId", child)) is not { } fact)
        {
            return;
        }

        if (context.ScopeItem is { } branchChild && fact.ChildId.ToString() != branchChild)
        {
            context.Refuse("this task screens the child of its branch, and the data names another child");
            return;
        }

        if (context.FireOnCase(CaseTrigger.RecordCseScreening, fact))
        {
            context.Complete(fact.Risk == CseRisk.High ? "high-risk" : "done");
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => CheckAssignees(activity, "assignee");
}
