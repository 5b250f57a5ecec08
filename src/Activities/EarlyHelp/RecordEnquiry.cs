using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.EarlyHelp.CaseTasks;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// Adds a further enquiry about a child to this open episode (the lifecycle's AddEnquiry) instead of opening
/// another. A human task: the triage officer enters the enquiry, and the completion's data is the
/// "enquiry-added" fact, {"enquiry": {...}}; an enquiry without an "id" gets a new one.
/// </summary>
public sealed class RecordEnquiry : IActivity
{
    private static readonly string[] Outcomes = ["done"];

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/record-enquiry", 1, "Early Help", "Record a further enquiry",
        "Asks the triage officer to add a further enquiry about a child to this open episode, instead of opening another. The task's data is the enquiry.",
        [
            AssigneeInput("{\"role\": \"triage-officer\"}", "enters the enquiry"),
            DueInput("How long they have, from when the task is created; no due date when absent.", null),
            TitleInput("Record the further enquiry on the open episode"),
        ],
        [Inputs.Port("done", "When the enquiry is on the case.")],
        ActivityTraits.Waits);

    /// <inheritdoc />
    public void Execute(ActivityContext context) => Create(context, "enquiry", Outcomes);

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        if (Completion(context, stimulus, Outcomes) is not { } completed)
        {
            return;
        }

        var data = completed.Data?["enquiry"] is JsonObject enquiry
            ? new JsonObject { ["enquiry"] = WithDefault(enquiry, "id", context.ExecutionId.ToString()) }
            : completed.Data;
        if (ReadFact<EnquiryAdded>(context, CaseTrigger.AddEnquiry, data) is { } fact && context.FireOnCase(CaseTrigger.AddEnquiry, fact))
        {
            context.Complete("done");
        }
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => CheckAssignees(activity, "assignee");
}
