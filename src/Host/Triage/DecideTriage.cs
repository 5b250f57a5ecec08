using EarlyHelp.Host.Cases;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Triage;

/// <summary>The triage decision: Early Help, single agency, signpost, no further action, or refer to children's social care.</summary>
internal sealed record DecideTriage(Guid CaseId, TriageOutcome? Outcome, LevelOfNeed? LevelOfNeed, string? Rationale) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("outcome", Outcome);
        errors.Required("levelOfNeed", LevelOfNeed);
        errors.Required("rationale", Rationale);
        errors.MaxLength("rationale", Rationale, 4000);
    }
}

/// <summary>The body of <see cref="DecideTriage"/>; the case comes from the address.</summary>
internal sealed record DecideTriageBody(TriageOutcome? Outcome, LevelOfNeed? LevelOfNeed, string? Rationale);

internal sealed class DecideTriageHandler(CaseActions actions) : ICommandHandler<DecideTriage>
{
    public const string Action = "triage.decide";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.TriageOfficer];

    public async Task<CommandResult> HandleAsync(DecideTriage command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var (subject, problem) = await CaseAccess.ForChangeAsync(context, command.CaseId, Action, cancellationToken);
        if (subject is null)
        {
            return CommandResult.Refused(problem!);
        }

        var fact = new TriageDecided(command.Outcome!.Value, command.LevelOfNeed!.Value, command.Rationale!.Trim());
        var port = System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(fact.Outcome.ToString());
        return await actions.PerformAsync(context, subject, new CaseChange(Action, CaseTrigger.Triage, fact, "triage", port), cancellationToken);
    }
}
