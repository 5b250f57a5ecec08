using EarlyHelp.Host.Cases;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.StepDownPanel;

/// <summary>
/// The step-down panel's decision on the request waiting for it: accept to a locality team, recommend to a partner
/// agency, or decline with a reason. Each outcome takes its own field and no other's.
/// </summary>
internal sealed record RecordPanelDecision(Guid CaseId, Guid? RequestId, PanelOutcome? Outcome, string? LocalityTeam, string? Partner, string? Reason) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("requestId", RequestId);
        errors.Required("outcome", Outcome);
        switch (Outcome)
        {
            case PanelOutcome.AcceptToLocality:
                errors.Required("localityTeam", LocalityTeam);
                NotGiven(errors, "partner", Partner, "Only when the panel recommends a partner agency.");
                break;
            case PanelOutcome.RecommendToPartner:
                errors.Required("partner", Partner);
                NotGiven(errors, "localityTeam", LocalityTeam, "Only when the panel accepts the case to a locality team.");
                break;
            case PanelOutcome.Decline:
                errors.Required("reason", Reason);
                NotGiven(errors, "localityTeam", LocalityTeam, "Only when the panel accepts the case to a locality team.");
                NotGiven(errors, "partner", Partner, "Only when the panel recommends a partner agency.");
                break;
        }

        errors.MaxLength("localityTeam", LocalityTeam, 50);
        errors.MaxLength("partner", Partner, 200);
        errors.MaxLength("reason", Reason, 4000);
    }

    private static void NotGiven(ValidationErrors errors, string field, string? value, string reason)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, reason);
        }
    }
}

/// <summary>The body of <see cref="RecordPanelDecision"/>; the case comes from the address.</summary>
internal sealed record RecordPanelDecisionBody(Guid? RequestId, PanelOutcome? Outcome, string? LocalityTeam, string? Partner, string? Reason);

internal sealed class RecordPanelDecisionHandler(CaseActions actions) : ICommandHandler<RecordPanelDecision>
{
    public const string Action = "step-down.decide";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.PanelChair];

    public async Task<CommandResult> HandleAsync(RecordPanelDecision command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var (subject, problem) = await CaseAccess.ForChangeAsync(context, command.CaseId, Action, cancellationToken);
        if (subject is null)
        {
            return CommandResult.Refused(problem!);
        }

        var request = subject.StepDownRequests.FirstOrDefault(r => r.Request.RequestId == command.RequestId);
        if (request is null)
        {
            return CommandResult.Refused(ApiProblems.Invalid("requestId", "Not a step-down request on this case."));
        }

        if (!request.IsWaitingForPanel)
        {
            context.Audit(Action, CaseAccess.RecordKind, CaseAccess.Id(subject.Id), subject.Id, AuditOutcomes.Refused);
            return CommandResult.Refused(ApiProblems.NotPermittedNow(
                $"the panel has already decided this request ({System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(request.Decision!.Outcome.ToString())})"));
        }

        var team = command.LocalityTeam?.Trim();
        if (command.Outcome == PanelOutcome.AcceptToLocality && !await context.Db.Teams.AsNoTracking().AnyAsync(t => t.Id == team && t.Active, cancellationToken))
        {
            return CommandResult.Refused(ApiProblems.Invalid("localityTeam", "Not a locality team: use a team's identifier, for example \"north\"."));
        }

        var fact = new PanelDecisionRecorded(request.Request.RequestId, command.Outcome!.Value, team, Blank(command.Partner), Blank(command.Reason));
        return await actions.PerformAsync(context, subject, new CaseChange(Action, CaseTrigger.RecordPanelDecision, fact, "panel-decision", Port(fact.Outcome)), cancellationToken);
    }

    /// <summary>The step-down pathway's panel task leaves by "accept" for an acceptance; the other ports are the outcome's word.</summary>
    private static string Port(PanelOutcome outcome) => outcome switch
    {
        PanelOutcome.AcceptToLocality => "accept",
        PanelOutcome.RecommendToPartner => "recommend-to-partner",
        _ => "decline",
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
