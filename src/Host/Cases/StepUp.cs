using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Cases;

/// <summary>Steps the case up to children's social care; nothing may block it. The Early Help episode ends.</summary>
internal sealed record StepUp(Guid CaseId, string? Reason, string? SocialCareReference) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("reason", Reason);
        errors.MaxLength("reason", Reason, 2000);
        errors.MaxLength("socialCareReference", SocialCareReference, 100);
    }
}

internal sealed record StepUpBody(string? Reason, string? SocialCareReference);

internal sealed class StepUpHandler(CaseActions actions) : ICommandHandler<StepUp>
{
    public const string Action = "case.step-up";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.LeadPractitioner, ActorRole.TeamManager];

    public Task<CommandResult> HandleAsync(StepUp command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var fact = new SteppedUp(command.Reason!.Trim(), FreeText.Trimmed(command.SocialCareReference));
        return CaseChanges.PerformAsync(actions, context, command.CaseId,
            new CaseChange(Action, CaseTrigger.StepUp, fact, CaseTaskTypes.StepUpDecision, CaseTaskTypes.SteppedUp), cancellationToken);
    }
}
