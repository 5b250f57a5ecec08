using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// Reminds a person, a team or a role of something due (for example a review). It fires no lifecycle trigger
/// and sends nothing itself: the engine has no notification port yet. It notes the reminder in the trace and,
/// when an "outbox" variable is named, adds one JSON text to it ({"kind": "reminder", "template": ...,
/// "to": {"kind": "person", "value": ...}, ...}) for the Host to pick up; delivery comes with the scheduling
/// issue's notification outbox.
/// </summary>
public sealed class SendReminder : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/send-reminder", 1, "Early Help", "Send a reminder",
        "Queues a reminder, by template, to a person, a team, a role or the lead practitioner. Delivery comes with the notification outbox.",
        [
            Required("template", InputType.Text, "The reminder's template, for example \"review-due\": the Host fills it in from the case when it sends."),
            CaseTasks.AssigneeInput(CaseTasks.LeadPractitioner, "is reminded", "to"),
            Outbox.Input,
        ],
        [Port("done", "Straight away, once the reminder is queued.")],
        ActivityTraits.None);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        if (CaseTasks.Assignee(context, "to") is not { } to)
        {
            return;
        }

        var template = context.Inputs.Text("template")!;
        var message = new JsonObject
        {
            ["kind"] = "reminder",
            ["template"] = template,
            ["caseId"] = context.Case?.Id.ToString(),
            ["to"] = new JsonObject { ["kind"] = to.Kind.ToString().ToLowerInvariant(), ["value"] = to.Value },
        };
        Outbox.Queue(context, message, $"reminder: {template} to {to}");
        context.Complete("done");
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) =>
        CaseTasks.CheckAssignees(activity, "to").Concat(Outbox.Check(activity, workflow));
}
