using System.Net;
using EarlyHelp.Host.Admin;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>Users and teams through the administrators' API.</summary>
public sealed class AdminStaffApiTests : AdminApiTest
{
    [Fact]
    public async Task A_team_and_a_user_are_created_the_user_signs_in_and_is_then_changed_each_change_audited_by_id()
    {
        using var admin = await AdminAsync();

        await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/admin/teams", new { id = "east", name = "East locality team" });
        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/admin/users",
            new { id = "lp-east", displayName = "Lead practitioner (East)", roles = Roles("lead-practitioner"), teamId = "east" });
        using (var signedIn = await ApiClient.SignInAsync(Host, "lp-east"))
        {
            Assert.Equal("east", (await signedIn.GetJsonAsync("/api/me"))!["teamId"]!.GetValue<string>());
        }

        var updated = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, "/api/admin/users/lp-east",
            new { roles = Roles("team-manager", "lead-practitioner"), teamId = "east", active = false });
        var users = await admin.GetJsonAsync("/api/admin/users");
        var teams = await admin.GetJsonAsync("/api/admin/teams");

        Assert.Equal(["lead-practitioner"], created!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["lead-practitioner", "team-manager"], updated!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        var listed = users!.AsArray().Single(u => u!["id"]!.GetValue<string>() == "lp-east")!;
        Assert.Equal(("Lead practitioner (East)", false), (listed["displayName"]!.GetValue<string>(), listed["active"]!.GetValue<bool>()));
        Assert.Equal(0, teams!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "east")!["activeMembers"]!.GetValue<int>());
        await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/sign-in/demo", new { userId = "lp-east" });
        Assert.Equal(("team", "east"), (Assert.Single(await AuditAsync(CreateTeamHandler.Action)) is var team ? (team.RecordKind, team.RecordId) : default));
        Assert.Equal(("user", "lp-east"), (Assert.Single(await AuditAsync(CreateUserHandler.Action)) is var user ? (user.RecordKind, user.RecordId) : default));
        Assert.Equal(("user", "lp-east", "changed"), (Assert.Single(await AuditAsync(UpdateUserHandler.Action)) is var update ? (update.RecordKind, update.RecordId, update.Outcome) : default));
    }

    [Fact]
    public async Task A_user_with_bad_fields_is_refused_naming_each_field_and_nothing_is_stored()
    {
        using var admin = await AdminAsync();
        var before = await Host.QueryAsync(db => db.Users.CountAsync());

        var bad = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/admin/users",
            new { id = "has space", displayName = " ", roles = Roles("lead-practitioner", "wizard") });
        var noRoles = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/admin/users", new { id = "x", displayName = "X", roles = Array.Empty<string>() });
        var noTeam = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/admin/users",
            new { id = "triage-west", displayName = "Triage officer (West)", roles = Roles("triage-officer"), teamId = "west" });
        var notActive = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, "/api/admin/users/lp-north",
            new { roles = Roles("lead-practitioner"), teamId = "north" });
        var unknownField = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/admin/users",
            new { id = "y", displayName = "Y", roles = Roles("panel-chair"), team = "north" });
        await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/admin/users",
            new { id = "lp-north", displayName = "Someone else", roles = Roles("social-worker") });
        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Put, "/api/admin/users/nobody",
            new { roles = Roles("social-worker"), active = true });

        Assert.Equal(["displayName", "id", "roles[1]", "teamId"], Fields(bad));
        Assert.Equal(["roles"], Fields(noRoles));
        Assert.Equal(["teamId"], Fields(noTeam));
        Assert.Equal(["active"], Fields(notActive));
        Assert.Equal(["team"], Fields(unknownField));
        Assert.Equal(before, await Host.QueryAsync(db => db.Users.CountAsync()));
        Assert.Equal("Lead practitioner (North)", await Host.QueryAsync(db => db.Users.Where(u => u.Id == "lp-north").Select(u => u.DisplayName).SingleAsync()));
        Assert.Equal("refused", Assert.Single(await AuditAsync(CreateUserHandler.Action)).Outcome);
    }

    [Fact]
    public async Task A_team_is_renamed_and_deactivated_only_once_no_active_user_belongs_to_it()
    {
        using var admin = await AdminAsync();

        var badId = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/admin/teams", new { id = "North East", name = "" });
        await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/admin/teams", new { id = "north", name = "Another north" });
        await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Put, "/api/admin/teams/north", new { name = "North locality team", active = false });
        await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/admin/teams", new { id = "west", name = "West" });
        var renamed = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, "/api/admin/teams/west", new { name = "West locality team", active = false });
        var noUsersInIt = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/admin/users",
            new { id = "lp-west", displayName = "Lead practitioner (West)", roles = Roles("lead-practitioner"), teamId = "west" });

        Assert.Equal(["id", "name"], Fields(badId));
        Assert.Equal(("West locality team", false), (renamed!["name"]!.GetValue<string>(), renamed["active"]!.GetValue<bool>()));
        Assert.Equal(["teamId"], Fields(noUsersInIt));
        Assert.True(await Host.QueryAsync(db => db.Teams.Where(t => t.Id == "north").Select(t => t.Active).SingleAsync()));
        Assert.Equal(["refused", "changed"], (await AuditAsync(UpdateTeamHandler.Action)).Select(a => a.Outcome));
    }

    [Fact]
    public async Task An_administrator_cannot_take_away_their_own_administrator_role()
    {
        using var admin = await AdminAsync();

        await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Put, "/api/admin/users/admin", new { roles = Roles("social-worker"), active = true });
        await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Put, "/api/admin/users/admin", new { roles = Roles("administrator"), active = false });

        Assert.Equal("administrator", await Host.QueryAsync(db => db.Users.Where(u => u.Id == "admin").Select(u => u.Roles).SingleAsync()));
    }

    private static string[] Roles(params string[] words) => words;
}
