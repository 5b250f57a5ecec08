using System.Globalization;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Host.StepDownPanel;

/// <summary>
/// The requests waiting for the step-down panel, oldest first, each with a short summary of its case. No names:
/// the chair opens a case to see the family (and that is audited); the agenda itself is audited once.
/// </summary>
internal sealed record PanelAgenda : IQuery
{
    public void Validate(ValidationErrors errors) => ArgumentNullException.ThrowIfNull(errors);
}

internal sealed record PanelAgendaPage(DateOnly On, IReadOnlyList<PanelAgendaEntry> Items);

internal sealed record PanelAgendaEntry(
    Guid CaseId,
    string Reference,
    Guid RequestId,
    string Locality,
    int Children,
    LevelOfNeed LevelOfNeed,
    CaseState State,
    DateTimeOffset RequestedAt,
    string? SocialCareReference,
    string Reason);

internal sealed class PanelAgendaHandler : ICommandHandler<PanelAgenda>
{
    public const string Action = "step-down-agenda.read";
    public const string RecordKind = "step-down-agenda";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.PanelChair];

    public async Task<CommandResult> HandleAsync(PanelAgenda command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var items = await StepDownPanelAgenda.WaitingAsync(context.Db, context.Cases, cancellationToken);
        var today = CouncilTime.DateOf(context.Now);
        context.Audit(Action, RecordKind, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, AuditOutcomes.Read);
        return CommandResult.Done(TypedResults.Ok(new PanelAgendaPage(today, [.. items.Select(i => new PanelAgendaEntry(
            i.CaseId, i.Reference, i.RequestId, i.Locality, i.Children, i.LevelOfNeed, i.State, i.RequestedAt, i.SocialCareReference, i.Reason))])));
    }
}
