using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Staff;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Timeliness;

/// <summary>
/// Who manages each locality team: the active users of the team with the team manager's role (the users table,
/// which the demo staff and the users pages fill), and those the "Teams" section of configuration names
/// (Teams:north:Managers:0 = a user id), together.
/// </summary>
internal sealed class TeamDirectory(IDbContextFactory<EarlyHelpDbContext> contexts, IConfiguration configuration)
{
    /// <summary>Every team's managers now: read once for a run of digests or reminders.</summary>
    public async Task<TeamManagers> ManagersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Roles are words separated by spaces: the database narrows the rows, the split confirms the whole word.
        var users = await db.Users.AsNoTracking()
            .Where(u => u.Active && u.TeamId != null && u.Roles.Contains(StaffRoles.TeamManager))
            .Select(u => new { u.Id, u.TeamId, u.Roles })
            .ToListAsync(cancellationToken);
        var managers = users
            .Where(u => u.Roles.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(StaffRoles.TeamManager))
            .Select(u => (Team: u.TeamId!, u.Id));
        var configured = configuration.GetSection("Teams").GetChildren()
            .SelectMany(team => team.GetSection("Managers").GetChildren().Select(c => (Team: team.Key, Id: c.Value)))
            .Where(m => !string.IsNullOrEmpty(m.Id))
            .Select(m => (m.Team, Id: m.Id!));
        return new TeamManagers(configured.Concat(managers)
            .GroupBy(m => m.Team, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(m => m.Id).Distinct(StringComparer.Ordinal)], StringComparer.Ordinal));
    }
}
