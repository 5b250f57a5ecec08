using EarlyHelp.Host.Staff;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Host.Timeliness;
using Microsoft.Extensions.DependencyInjection;

namespace EarlyHelp.Host.Tests.Timeliness;

/// <summary>A team's managers are its active users with the team manager's role, and those configuration names, together.</summary>
public sealed class TeamDirectoryTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("sqlite");
        _host = TestHost.Start(_database, ("Teams:north:Managers:0", "tm-1"), ("Teams:north:Managers:1", "manager-north"), ("Teams:east:Managers:0", "tm-east"));
        await _host.QueryAsync(async db =>
        {
            db.Users.AddRange(
                new UserRow { Id = "manager-north-2", DisplayName = "Second manager", Roles = $"{StaffRoles.LeadPractitioner} {StaffRoles.TeamManager}", TeamId = "north" },
                new UserRow { Id = "manager-north-left", DisplayName = "Former manager", Roles = StaffRoles.TeamManager, TeamId = "north", Active = false },
                new UserRow { Id = "lp-north-2", DisplayName = "Practitioner", Roles = StaffRoles.LeadPractitioner, TeamId = "north" });
            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_teams_managers_are_its_active_team_managers_and_those_configured_each_once()
    {
        var managers = await _host.Services.GetRequiredService<TeamDirectory>().ManagersAsync(CancellationToken.None);

        Assert.Equal(["manager-north", "manager-north-2", "tm-1"], managers.Of("north").Order(StringComparer.Ordinal));
        Assert.Equal(["manager-south"], managers.Of("south"));
        Assert.Equal(["tm-east"], managers.Of("east"));
        Assert.Empty(managers.Of("unallocated"));
    }
}
