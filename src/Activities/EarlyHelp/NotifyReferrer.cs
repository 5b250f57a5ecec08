using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// Tells the referrers of the case's enquiries what happened (for example the triage outcome). It fires no
/// lifecycle trigger and sends nothing itself: the engine has no notification port yet. It notes the message in
/// the trace and, when an "outbox" variable is named, adds one JSON text per message to it
/// ({"kind": "notify-referrer", "template": ..., "caseId": ..., "enquiryIds": [...], ...}) for the Host to pick
/// up; delivery comes with the scheduling issue's notification outbox. Messages carry template keys and
/// identifiers only: the Host looks up the referrer's contact details when it sends.
/// </summary>
public sealed class NotifyReferrer : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "early-help/notify-referrer", 1, "Early Help", "Notify the referrer",
        "Queues a message to the referrers of the case's enquiries (for example the triage outcome), by template. Delivery comes with the notification outbox.",
        [
            Required("template", InputType.Text, "The message template, for example \"triage-outcome\": the Host fills it in from the case when it sends."),
            Optional("enquiries", InputType.Choice, "Whose referrers: every enquiry's, the opening enquiry's, or the latest enquiry's.", "\"all\"", ["all", "opening", "latest"]),
            Outbox.Input,
        ],
        [Port("done", "Straight away, once the message is queued.")],
        ActivityTraits.None);

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        if (context.Case is not { Enquiries: [var opening, ..] } subject)
        {
            context.Fault("notifying the referrer needs a case with an enquiry, and this instance has none");
            return;
        }

        IReadOnlyList<Enquiry> enquiries = context.Inputs.Text("enquiries") switch
        {
            "opening" => [opening],
            "latest" => [subject.Enquiries[^1]],
            _ => subject.Enquiries,
        };
        var template = context.Inputs.Text("template")!;
        var message = new JsonObject
        {
            ["kind"] = "notify-referrer",
            ["template"] = template,
            ["caseId"] = subject.Id.ToString(),
            ["enquiryIds"] = new JsonArray([.. enquiries.Select(e => (JsonNode)e.Id.ToString())]),
        };
        Outbox.Queue(context, message, $"notify referrer: {template} ({enquiries.Count} {(enquiries.Count == 1 ? "enquiry" : "enquiries")})");
        context.Complete("done");
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow) => Outbox.Check(activity, workflow);
}
