using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Cases;

/// <summary>A team manager signs off the requested closure; the case closes.</summary>
internal sealed record SignOffClosure(Guid CaseId, string? Note) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.MaxLength("note", Note, 2000);
    }
}

internal sealed record SignOffClosureBody(string? Note);

internal sealed class SignOffClosureHandler(CaseActions actions) : ICommandHandler<SignOffClosure>
{
    public const string Action = "case.sign-off-closure";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.TeamManager];

    public Task<CommandResult> HandleAsync(SignOffClosure command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var fact = new ClosureSignedOff(FreeText.Trimmed(command.Note));
        return CaseChanges.PerformAsync(actions, context, command.CaseId,
            new CaseChange(Action, CaseTrigger.SignOffClosure, fact, CaseTaskTypes.ClosureSignOff, CaseTaskTypes.SignedOff), cancellationToken);
    }
}
