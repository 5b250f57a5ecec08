using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Cases;

/// <summary>Completes the Early Help Assessment with the level of need found, the needs identified and the family plan.</summary>
internal sealed record CompleteAssessment(Guid CaseId, LevelOfNeed? LevelOfNeed, IReadOnlyList<string?>? NeedsIdentified, IReadOnlyList<PlanActionInput?>? Plan) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("levelOfNeed", LevelOfNeed);
        if (LevelOfNeed is { } level && level.IsAboveEarlyHelpCeiling())
        {
            errors.Add("levelOfNeed", "Above the Early Help ceiling: step the case up to children's social care instead.");
        }

        if (NeedsIdentified is not { Count: > 0 } || NeedsIdentified.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("needsIdentified", "Name at least one need the assessment found, e.g. \"school-attendance\".");
        }

        PlanActionInput.ValidatePlan(errors, "plan", Plan);
    }
}

internal sealed record CompleteAssessmentBody(LevelOfNeed? LevelOfNeed, IReadOnlyList<string?>? NeedsIdentified, IReadOnlyList<PlanActionInput?>? Plan);

internal sealed class CompleteAssessmentHandler(CaseActions actions) : ICommandHandler<CompleteAssessment>
{
    public const string Action = "case.complete-assessment";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.LeadPractitioner, ActorRole.TeamManager];

    public Task<CommandResult> HandleAsync(CompleteAssessment command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var fact = new AssessmentCompleted(
            command.LevelOfNeed!.Value,
            [.. command.NeedsIdentified!.Select(n => n!.Trim())],
            [.. command.Plan!.Select(a => a!.ToAction())]);
        return CaseChanges.PerformAsync(actions, context, command.CaseId,
            new CaseChange(Action, CaseTrigger.CompleteAssessment, fact, CaseTaskTypes.AssessmentComplete, CaseTaskTypes.Done), cancellationToken);
    }
}
