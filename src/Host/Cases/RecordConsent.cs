using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Cases;

/// <summary>
/// The family's consent to Early Help: given, or partial with what it covers. The lead practitioner or the team
/// manager records it; in the step-down pathway, the social worker (before the case steps down).
/// </summary>
internal sealed record RecordConsent(Guid CaseId, ConsentStatus? Status, ConsentGiver? GivenBy, string? Note) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("status", Status);
        if (Status is ConsentStatus.NotRecorded or ConsentStatus.Withdrawn)
        {
            errors.Add("status", "Record consent as given or partial; withdrawing consent is its own request.");
        }

        errors.Required("givenBy", GivenBy);
        if (Status is ConsentStatus.Partial)
        {
            errors.Required("note", Note);
        }

        errors.MaxLength("note", Note, 2000);
    }
}

internal sealed record RecordConsentBody(ConsentStatus? Status, ConsentGiver? GivenBy, string? Note);

internal sealed class RecordConsentHandler(CaseActions actions) : ICommandHandler<RecordConsent>
{
    public const string Action = "case.record-consent";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.LeadPractitioner, ActorRole.TeamManager, ActorRole.SocialWorker];

    public Task<CommandResult> HandleAsync(RecordConsent command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var fact = new ConsentRecorded(command.Status!.Value, command.GivenBy!.Value, FreeText.Trimmed(command.Note));
        return CaseChanges.PerformAsync(actions, context, command.CaseId,
            new CaseChange(Action, CaseTrigger.RecordConsent, fact, CaseTaskTypes.Consent, CaseTaskTypes.Done), cancellationToken);
    }
}
