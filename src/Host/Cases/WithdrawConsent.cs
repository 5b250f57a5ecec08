using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Cases;

/// <summary>The family withdraws consent: the family plan ends (no pathway task waits for this).</summary>
internal sealed record WithdrawConsent(Guid CaseId, ConsentGiver? WithdrawnBy, string? Reason) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("withdrawnBy", WithdrawnBy);
        errors.MaxLength("reason", Reason, 2000);
    }
}

internal sealed record WithdrawConsentBody(ConsentGiver? WithdrawnBy, string? Reason);

internal sealed class WithdrawConsentHandler(CaseActions actions) : ICommandHandler<WithdrawConsent>
{
    public const string Action = "case.withdraw-consent";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.LeadPractitioner, ActorRole.TeamManager, ActorRole.SocialWorker];

    public Task<CommandResult> HandleAsync(WithdrawConsent command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var fact = new ConsentWithdrawn(command.WithdrawnBy!.Value, FreeText.Trimmed(command.Reason));
        return CaseChanges.PerformAsync(actions, context, command.CaseId,
            new CaseChange(Action, CaseTrigger.WithdrawConsent, fact, CaseTaskTypes.None, CaseTaskTypes.Done), cancellationToken);
    }
}
