using System.Globalization;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Staff;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Simulation;

/// <summary>
/// The staff a simulation needs in each locality team: triage officers, lead practitioners, team managers. Added
/// when missing (made-up display names, identifiers like sim-lp-north-07); people already in a team (the demo users)
/// take cases too.
/// </summary>
internal static class SimulatedStaff
{
    public const int TriageOfficersPerLocality = 2;
    public const int ManagersPerLocality = 2;

    public static async Task SeedAsync(IDbContextFactory<EarlyHelpDbContext> contexts, SimulationOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(options);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var teams = (await db.Teams.Select(t => t.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var users = (await db.Users.Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var locality in options.Localities)
        {
            if (teams.Add(locality))
            {
                db.Teams.Add(new TeamRow { Id = locality, Name = $"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(locality)} locality team" });
            }

            Add(db, users, locality, "triage", StaffRoles.TriageOfficer, "Triage officer", TriageOfficersPerLocality);
            Add(db, users, locality, "lp", StaffRoles.LeadPractitioner, "Lead practitioner", options.PractitionersPerLocality);
            Add(db, users, locality, "manager", StaffRoles.TeamManager, "Team manager", ManagersPerLocality);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Add(EarlyHelpDbContext db, HashSet<string> users, string locality, string prefix, string role, string title, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var id = $"sim-{prefix}-{locality}-{i.ToString("D2", CultureInfo.InvariantCulture)}";
            if (users.Add(id))
            {
                db.Users.Add(new UserRow { Id = id, DisplayName = $"{title} {i} ({locality}, simulated)", Roles = role, TeamId = locality });
            }
        }
    }
}
