using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Cases;

/// <summary>Records outcome measure readings: any measure, a score in each named domain.</summary>
internal sealed record RecordOutcomeReadings(Guid CaseId, string? Measure, IReadOnlyList<DomainScoreInput?>? Scores) : ICaseCommand
{
    public OutcomeReadingsInput Readings => new(Measure, Scores);

    public void Validate(ValidationErrors errors) => Readings.Validate(errors, "");
}

internal sealed record RecordOutcomeReadingsBody(string? Measure, IReadOnlyList<DomainScoreInput?>? Scores);

internal sealed class RecordOutcomeReadingsHandler(CaseActions actions) : ICommandHandler<RecordOutcomeReadings>
{
    public const string Action = "case.record-outcome-readings";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.LeadPractitioner, ActorRole.TeamManager];

    public Task<CommandResult> HandleAsync(RecordOutcomeReadings command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return CaseChanges.PerformAsync(actions, context, command.CaseId, Change(command.Readings), cancellationToken);
    }

    public static CaseChange Change(OutcomeReadingsInput readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        return new CaseChange(Action, CaseTrigger.RecordOutcomeReadings, readings.ToFact(), CaseTaskTypes.OutcomeReadings, CaseTaskTypes.Done);
    }
}
