using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// The step-down panel's decision on the request waiting for it (the lifecycle's RecordPanelDecision, which only
/// the panel's chair may record), leaving by the port of the decision. The panel sits weekly (DESIGN.md,
/// "Default timescales"): the decision is due a week after the request. The completion's outcome is the decision
/// ("accept", "recommend-to-partner" or "decline"); its data is the "panel-decision-recorded" fact
/// ({"localityTeam": ..., "partner": null, "reason": null}); "requestId" may be left out (the request waiting
/// for the panel) and "outcome" too (it must agree with the completion's outcome if given).
/// </summary>
public sealed class RecordPanelDecision : IActivity
{
    private static readonly (string Port, PanelOutcome Outcome)[] Decisions =
    [
        ("accept", PanelOutcome.AcceptToLocality), ("recommend-to-partner", PanelOutcome.RecommendToPartner), ("decline", PanelOutcome.Decline),
    ];

    private static readonly string[] Ports = [.. Decisions.Select(d => d.Port)];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/panel-decision", 1, "Early Help", "Step-down panel decision",
        "Asks the step-down panel's chair to record the panel's decision on the request: accept to a locality team, recommend to a partner agency, or decline with a reason.",
        [
            AssigneeInput("{\"role\": \"panel-chair\"}", "records the decision"),
            DueInput("How long after the request the decision is due (the panel is weekly).", "{\"weeks\": 1}"),
            TitleInput("Record the step-down panel's decision"),
        ],
        [
            Inputs.Port("accept", "Accepted into Early Help, to a locality team."),
            Inputs.Port("recommend-to-partner", "Recommended to a partner agency instead."),
            Inputs.Port("decline", "Declined, with a reason."),
        ],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context) =>
        Create(context, "panel-decision", Ports, context.Case?.StepDownRequests.LastOrDefault(r => r.IsWaitingForPanel)?.RequestedAt);

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        if (Completion(context, stimulus, Ports) is not { } completed)
        {
            return;
        }

        var chosen = Decisions.Single(d => d.Port == completed.Outcome).Outcome;
        var waiting = context.Case?.StepDownRequests.LastOrDefault(r => r.IsWaitingForPanel)?.Request.RequestId.ToString();
        var data = WithDefault(WithDefault(completed.Data, "outcome", Word(chosen)), "requestId", waiting);
        if (ReadFact<PanelDecisionRecorded>(context, CaseTrigger.RecordPanelDecision, data) is not { } fact)
        {
            return;
        }

        if (fact.Outcome != chosen)
        {
            context.Refuse($"the task was completed as '{completed.Outcome}', but its data records the decision '{Word(fact.Outcome)}': they must agree");
            return;
        }

        if (context.FireOnCase(CaseTrigger.RecordPanelDecision, fact))
        {
            context.Complete(completed.Outcome);
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => CheckAssignees(activity, "assignee");
}
