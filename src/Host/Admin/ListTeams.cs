using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>Every locality team, with how many active users belong to it.</summary>
internal sealed record ListTeams : IQuery
{
    public void Validate(ValidationErrors errors) => ArgumentNullException.ThrowIfNull(errors);
}

internal sealed record TeamResponse(string Id, string Name, bool Active, int ActiveMembers);

internal sealed class ListTeamsHandler : ICommandHandler<ListTeams>
{
    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(ListTeams command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var teams = await context.Db.Teams.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var members = await context.Db.Users.AsNoTracking()
            .Where(u => u.Active && u.TeamId != null)
            .GroupBy(u => u.TeamId!)
            .Select(g => new { TeamId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TeamId, g => g.Count, cancellationToken);
        return CommandResult.Done(TypedResults.Ok(teams.Select(t => new TeamResponse(t.Id, t.Name, t.Active, members.GetValueOrDefault(t.Id))).ToList()));
    }
}
