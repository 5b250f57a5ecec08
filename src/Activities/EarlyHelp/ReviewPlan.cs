using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// A review of the family plan (the lifecycle's RecordReview, in the Review state), optionally with outcome
/// measure readings taken at the same meeting (RecordOutcomeReadings), and leaves by the port of what the review
/// concluded. The completion's outcome is the conclusion; its data is
/// {"review": {"heldOn": "yyyy-MM-dd", "summary": null}, "readings": {"measure": ..., "scores": [...]}}, where
/// "review" is the "review-recorded" fact ("outcome" may be left out, and must agree with the outcome if given)
/// and "readings", when present, the "outcome-readings-recorded" fact. Both are recorded, or neither: a refusal
/// of either refuses the completion.
/// </summary>
/// <remarks>
/// Reviews fall due every 6 calendar weeks (DESIGN.md, "Default timescales"); the cycle is the pathway's
/// flow/repeat-every. The due date here is the time the lead practitioner has once the review falls due.
/// </remarks>
public sealed class ReviewPlan : IActivity
{
    private static readonly string[] Ports = [.. Enum.GetValues<ReviewOutcome>().Select(Word)];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/review", 1, "Early Help", "Review the family plan",
        "Asks the lead practitioner to review the family plan with the Team Around the Family, with outcome measure readings if taken, and goes the way the review concluded.",
        [
            AssigneeInput(LeadPractitioner, "leads the review"),
            DueInput("How long they have, from when the review falls due (when the task is created).", "{\"workingDays\": 5}"),
            Inputs.Optional("readingsRequired", InputType.Boolean, "True when this review must record outcome measure readings as well.", "false"),
            TitleInput("Review the family plan"),
        ],
        [
            Inputs.Port("continue-plan", "Carry on with the plan."),
            Inputs.Port("change-plan", "The plan changes (the new plan is recorded on the case)."),
            Inputs.Port("ready-to-close", "Needs are met: closure can be requested."),
            Inputs.Port("consider-step-up", "Needs have risen: consider stepping up to children's social care."),
        ],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context) => Create(context, "review", Ports);

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        if (Completion(context, stimulus, Ports) is not { } completed)
        {
            return;
        }

        if (completed.Data?["review"] is not JsonObject given)
        {
            context.Refuse("the task's data needs \"review\" (the review-recorded fact) and, if readings were taken, \"readings\"");
            return;
        }

        var readingsGiven = completed.Data["readings"] is not null;
        if (!readingsGiven && context.Inputs.Boolean("readingsRequired", false))
        {
            context.Refuse("this review must record outcome measure readings: add \"readings\" (the outcome-readings-recorded fact) to the data");
            return;
        }

        if (ReadFact<ReviewRecorded>(context, CaseTrigger.RecordReview, WithDefault(given, "outcome", completed.Outcome)) is not { } review)
        {
            return;
        }

        if (Word(review.Outcome) != completed.Outcome)
        {
            context.Refuse($"the task was completed as '{completed.Outcome}', but its data records the conclusion '{Word(review.Outcome)}': they must agree");
            return;
        }

        var readings = readingsGiven ? ReadFact<OutcomeReadingsRecorded>(context, CaseTrigger.RecordOutcomeReadings, completed.Data["readings"]) : null;
        if (readingsGiven && readings is null)
        {
            return;
        }

        if (context.FireOnCase(CaseTrigger.RecordReview, review)
            && (readings is null || context.FireOnCase(CaseTrigger.RecordOutcomeReadings, readings)))
        {
            context.Complete(completed.Outcome);
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => CheckAssignees(activity, "assignee");
}
