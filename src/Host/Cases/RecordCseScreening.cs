using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Cases;

/// <summary>Records a child sexual exploitation screening of one of the case's children; a high risk requires a step-up decision.</summary>
internal sealed record RecordCseScreening(Guid CaseId, Guid? ChildId, CseRisk? Risk) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("childId", ChildId);
        errors.Required("risk", Risk);
    }
}

internal sealed record RecordCseScreeningBody(Guid? ChildId, CseRisk? Risk);

internal sealed class RecordCseScreeningHandler(CaseActions actions) : ICommandHandler<RecordCseScreening>
{
    public const string Action = "case.record-cse-screening";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.LeadPractitioner, ActorRole.TeamManager];

    public async Task<CommandResult> HandleAsync(RecordCseScreening command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (subject, problem) = await CaseAccess.ForChangeAsync(context, command.CaseId, Action, cancellationToken);
        if (subject is null)
        {
            return CommandResult.Refused(problem!);
        }

        if (!subject.ChildIds.Contains(command.ChildId!.Value))
        {
            return CommandResult.Refused(ApiProblems.Invalid("childId", "Not one of the case's children."));
        }

        var fact = new CseScreeningRecorded(command.ChildId.Value, command.Risk!.Value);
        return await actions.PerformAsync(context, subject,
            new CaseChange(Action, CaseTrigger.RecordCseScreening, fact, CaseTaskTypes.CseScreening, CaseTaskTypes.Done), cancellationToken);
    }
}
