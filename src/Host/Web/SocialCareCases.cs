using EarlyHelp.Host.Cases;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Web;

/// <summary>
/// The cases with children's social care (stepped up), most recently stepped up first, for social workers to open
/// and ask the panel to step down. The list carries no names (opening a case shows them, and is audited); the list
/// view itself is audited once.
/// </summary>
internal sealed record SocialCareCases(int? Page, int? PageSize) : IQuery
{
    public const int DefaultPageSize = 50;

    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Page is < 1)
        {
            errors.Add("page", "From 1.");
        }

        if (PageSize is < 1 or > 200)
        {
            errors.Add("pageSize", "From 1 to 200.");
        }
    }
}

internal sealed record SocialCareCasesPage(int Page, int PageSize, int Total, IReadOnlyList<SocialCareCase> Items);

internal sealed record SocialCareCase(Guid CaseId, string Reference, string Locality, string? LevelOfNeed, DateTimeOffset OpenedAt, DateTimeOffset? SteppedUpAt);

internal sealed class SocialCareCasesHandler : ICommandHandler<SocialCareCases>
{
    public const string Action = "social-care-cases.read";

    private static readonly string SteppedUp = CaseEventJson.Write(CaseState.SteppedUp);

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.SocialWorker];

    public async Task<CommandResult> HandleAsync(SocialCareCases command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var page = command.Page ?? 1;
        var size = command.PageSize ?? SocialCareCases.DefaultPageSize;
        var query = context.Db.Cases.AsNoTracking().Where(c => c.State == SteppedUp);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(c => c.EndedAt).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        context.Audit(Action, "caseload", "social-care", null, AuditOutcomes.Read);
        return CommandResult.Done(TypedResults.Ok(new SocialCareCasesPage(page, size, total, [.. rows.Select(r => new SocialCareCase(
            r.Id, r.Reference ?? CaseReference.Of(r.Id), r.Locality, r.LevelOfNeed,
            new DateTimeOffset(r.OpenedAt, TimeSpan.Zero), r.EndedAt is { } ended ? new DateTimeOffset(ended, TimeSpan.Zero) : null))])));
    }
}
