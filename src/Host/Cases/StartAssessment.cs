using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Cases;

/// <summary>Starts the Early Help Assessment (the lifecycle needs consent and exactly one lead practitioner).</summary>
internal sealed record StartAssessment(Guid CaseId, string? Note) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.MaxLength("note", Note, 2000);
    }
}

internal sealed record StartAssessmentBody(string? Note);

internal sealed class StartAssessmentHandler(CaseActions actions) : ICommandHandler<StartAssessment>
{
    public const string Action = "case.start-assessment";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.LeadPractitioner, ActorRole.TeamManager];

    public Task<CommandResult> HandleAsync(StartAssessment command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var fact = new AssessmentStarted(FreeText.Trimmed(command.Note));
        return CaseChanges.PerformAsync(actions, context, command.CaseId,
            new CaseChange(Action, CaseTrigger.StartAssessment, fact, CaseTaskTypes.AssessmentStart, CaseTaskTypes.Started), cancellationToken);
    }
}
