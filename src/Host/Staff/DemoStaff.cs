using EarlyHelp.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Staff;

/// <summary>
/// The demo users of the embedded development mode: each role in two locality teams, a panel chair, a social
/// worker and an administrator. Added when missing, never overwritten. Made-up names; no real person.
/// </summary>
internal static class DemoStaff
{
    public static IReadOnlyList<TeamRow> Teams { get; } =
    [
        new() { Id = "north", Name = "North locality team" },
        new() { Id = "south", Name = "South locality team" },
    ];

    public static IReadOnlyList<UserRow> Users { get; } =
    [
        new() { Id = "triage-north", DisplayName = "Triage officer (North)", Roles = StaffRoles.TriageOfficer, TeamId = "north" },
        new() { Id = "lp-north", DisplayName = "Lead practitioner (North)", Roles = StaffRoles.LeadPractitioner, TeamId = "north" },
        new() { Id = "manager-north", DisplayName = "Team manager (North)", Roles = StaffRoles.TeamManager, TeamId = "north" },
        new() { Id = "triage-south", DisplayName = "Triage officer (South)", Roles = StaffRoles.TriageOfficer, TeamId = "south" },
        new() { Id = "lp-south", DisplayName = "Lead practitioner (South)", Roles = StaffRoles.LeadPractitioner, TeamId = "south" },
        new() { Id = "manager-south", DisplayName = "Team manager (South)", Roles = StaffRoles.TeamManager, TeamId = "south" },
        new() { Id = "panel-chair", DisplayName = "Step-down panel chair", Roles = StaffRoles.PanelChair },
        new() { Id = "social-worker", DisplayName = "Social worker (children's social care)", Roles = StaffRoles.SocialWorker },
        new() { Id = "admin", DisplayName = "Administrator", Roles = StaffRoles.Administrator },
    ];

    public static async Task SeedAsync(IDbContextFactory<EarlyHelpDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var teams = await db.Teams.Select(t => t.Id).ToListAsync(cancellationToken);
        var users = await db.Users.Select(u => u.Id).ToListAsync(cancellationToken);
        db.Teams.AddRange(Teams.Where(t => !teams.Contains(t.Id)).Select(t => new TeamRow { Id = t.Id, Name = t.Name }));
        db.Users.AddRange(Users.Where(u => !users.Contains(u.Id))
            .Select(u => new UserRow { Id = u.Id, DisplayName = u.DisplayName, Roles = u.Roles, TeamId = u.TeamId }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
