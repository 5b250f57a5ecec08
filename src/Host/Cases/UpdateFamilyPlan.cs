using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Cases;

/// <summary>Replaces the family plan's actions (progress, new actions, dropped ones) while the plan runs.</summary>
internal sealed record UpdateFamilyPlan(Guid CaseId, IReadOnlyList<PlanActionInput?>? Plan) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        PlanActionInput.ValidatePlan(errors, "plan", Plan);
    }
}

internal sealed record UpdateFamilyPlanBody(IReadOnlyList<PlanActionInput?>? Plan);

internal sealed class UpdateFamilyPlanHandler(CaseActions actions) : ICommandHandler<UpdateFamilyPlan>
{
    public const string Action = "case.update-plan";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.LeadPractitioner, ActorRole.TeamManager];

    public Task<CommandResult> HandleAsync(UpdateFamilyPlan command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var fact = new FamilyPlanUpdated([.. command.Plan!.Select(a => a!.ToAction())]);
        return CaseChanges.PerformAsync(actions, context, command.CaseId,
            new CaseChange(Action, CaseTrigger.UpdateFamilyPlan, fact, CaseTaskTypes.None, CaseTaskTypes.Done), cancellationToken);
    }
}
