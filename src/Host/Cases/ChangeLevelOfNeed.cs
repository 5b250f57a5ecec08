using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Cases;

/// <summary>Changes the level of need, with the reason; above the Early Help ceiling, a step-up decision is then required.</summary>
internal sealed record ChangeLevelOfNeed(Guid CaseId, LevelOfNeed? LevelOfNeed, string? Reason) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("levelOfNeed", LevelOfNeed);
        errors.Required("reason", Reason);
        errors.MaxLength("reason", Reason, 2000);
    }
}

internal sealed record ChangeLevelOfNeedBody(LevelOfNeed? LevelOfNeed, string? Reason);

internal sealed class ChangeLevelOfNeedHandler(CaseActions actions) : ICommandHandler<ChangeLevelOfNeed>
{
    public const string Action = "case.change-level-of-need";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.LeadPractitioner, ActorRole.TeamManager];

    public Task<CommandResult> HandleAsync(ChangeLevelOfNeed command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var fact = new LevelOfNeedChanged(command.LevelOfNeed!.Value, command.Reason!.Trim());
        return CaseChanges.PerformAsync(actions, context, command.CaseId,
            new CaseChange(Action, CaseTrigger.ChangeLevelOfNeed, fact, CaseTaskTypes.None, CaseTaskTypes.Done), cancellationToken);
    }
}
