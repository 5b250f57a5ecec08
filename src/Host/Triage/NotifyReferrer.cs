using EarlyHelp.Host.Cases;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Ports;

namespace EarlyHelp.Host.Triage;

/// <summary>
/// Tells the referrers of a case's enquiries what became of them (the triage outcome), through the notification
/// outbox. The message names the case by reference only. Sending the same notice twice sends it once.
/// </summary>
internal sealed record NotifyReferrer(Guid CaseId, string? Note) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.MaxLength("note", Note, 1000);
    }
}

internal sealed record NotifyReferrerBody(string? Note);

internal sealed record ReferrersNotified(Guid CaseId, int Notices);

internal sealed class NotifyReferrerHandler(INotifications notifications) : ICommandHandler<NotifyReferrer>
{
    public const string Action = "referrer.notify";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.TriageOfficer];

    public async Task<CommandResult> HandleAsync(NotifyReferrer command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var subject = await CaseAccess.ReadAsync(context, command.CaseId, Action, cancellationToken);
        if (subject is null)
        {
            return CommandResult.Refused(ApiProblems.NotFound("case"));
        }

        if (subject.Triage is not { } triage)
        {
            return CommandResult.Refused(ApiProblems.NotPermittedNow("The enquiry has no triage decision yet: there is nothing to tell the referrer."));
        }

        var reference = CaseReference.Of(subject.Id);
        var outcome = Describe(triage.Fact.Outcome);
        var body = $"Thank you for your enquiry ({reference}). The outcome of triage: {outcome}." + (command.Note is { Length: > 0 } note ? $"\n\n{note.Trim()}" : "");
        var notices = subject.Enquiries.Select(e => new Notification(
            $"referrer-notice:{subject.Id:N}:{e.Id:N}:triage:{triage.At.UtcTicks}",
            $"referrer:{e.Id:D}",
            NotificationKinds.ReferrerNotice,
            $"Your enquiry {reference}",
            body,
            subject.Id)).ToList();
        context.OnCommitted(async cancel =>
        {
            foreach (var notice in notices)
            {
                await notifications.QueueAsync(notice, cancel);
            }
        });
        context.Audit(Action, CaseAccess.RecordKind, CaseAccess.Id(subject.Id), subject.Id, AuditOutcomes.Changed);
        return CommandResult.Done(TypedResults.Accepted((string?)null, new ReferrersNotified(subject.Id, notices.Count)));
    }

    private static string Describe(TriageOutcome outcome) => outcome switch
    {
        TriageOutcome.EarlyHelp => "the family is offered Early Help with a lead practitioner",
        TriageOutcome.SingleAgency => "a single agency can meet the need",
        TriageOutcome.Signpost => "the family is signposted to universal or community services",
        TriageOutcome.NoFurtherAction => "no further action",
        _ => "referred to children's social care",
    };
}
