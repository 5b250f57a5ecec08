using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Cases;

/// <summary>A team manager keeps the case in Early Help when a step-up decision is waiting, at an agreed level within Early Help.</summary>
internal sealed record DeclineStepUp(Guid CaseId, LevelOfNeed? AgreedLevelOfNeed, string? Reason) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("agreedLevelOfNeed", AgreedLevelOfNeed);
        if (AgreedLevelOfNeed is { } level && level.IsAboveEarlyHelpCeiling())
        {
            errors.Add("agreedLevelOfNeed", "Must be within Early Help (at most complex).");
        }

        errors.Required("reason", Reason);
        errors.MaxLength("reason", Reason, 2000);
    }
}

internal sealed record DeclineStepUpBody(LevelOfNeed? AgreedLevelOfNeed, string? Reason);

internal sealed class DeclineStepUpHandler(CaseActions actions) : ICommandHandler<DeclineStepUp>
{
    public const string Action = "case.decline-step-up";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.TeamManager];

    public Task<CommandResult> HandleAsync(DeclineStepUp command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var fact = new StepUpDeclined(command.AgreedLevelOfNeed!.Value, command.Reason!.Trim());
        return CaseChanges.PerformAsync(actions, context, command.CaseId,
            new CaseChange(Action, CaseTrigger.DeclineStepUp, fact, CaseTaskTypes.StepUpDecision, CaseTaskTypes.KeptInEarlyHelp), cancellationToken);
    }
}
