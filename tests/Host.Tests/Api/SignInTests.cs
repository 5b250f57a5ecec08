using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>Demo users only in the embedded development mode; bearer tokens with roles and team from their claims elsewhere.</summary>
public sealed class SignInTests : IAsyncLifetime
{
    private const string SigningKey = "a test signing key that is long enough for HMAC-SHA256";
    private const string Issuer = "https://idp.example.test";
    private const string Audience = "earlyhelp";
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("sqlite");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_demo_sign_in_cannot_be_switched_on_in_Production()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => Task.Run(() => TestHost.StartIn("Production", _database, ("SignIn:Demo", "true"))));

        Assert.Contains("demo sign-in", Flatten(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_Production_there_are_no_demo_users_to_sign_in_as()
    {
        await using var host = ProductionHost();
        using var client = host.Client();

        using var response = await client.PostAsJsonAsync("/api/sign-in/demo", new { userId = "triage-north" });
        using var me = await client.GetAsync(new Uri("/api/me", UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{response.StatusCode}");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_signs_in_with_the_roles_and_team_of_its_claims()
    {
        await using var host = ProductionHost();
        using var client = host.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(SigningKey, "officer-7", ["triage-officer"], "south"));

        var me = await client.GetFromJsonAsync<MeAnswer>(new Uri("/api/me", UriKind.Relative));
        using var inbox = await client.GetAsync(new Uri("/api/triage/inbox", UriKind.Relative));

        Assert.Equal(new MeAnswer("officer-7", ["triage-officer"], "south"), me! with { Roles = [.. me.Roles] });
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        await using var host = ProductionHost();
        using var client = host.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("another key entirely, also long enough for HMAC", "officer-7", ["triage-officer"], "south"));

        using var inbox = await client.GetAsync(new Uri("/api/triage/inbox", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, inbox.StatusCode);
    }

    [Fact]
    public async Task A_token_without_the_role_is_forbidden()
    {
        await using var host = ProductionHost();
        using var client = host.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(SigningKey, "lp-9", ["lead-practitioner"], "south"));

        using var inbox = await client.GetAsync(new Uri("/api/triage/inbox", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, inbox.StatusCode);
    }

    private TestHost ProductionHost() => TestHost.StartIn("Production", _database,
        ("SignIn:SigningKey", SigningKey), ("SignIn:Issuer", Issuer), ("SignIn:Audience", Audience));

    private static string Token(string key, string subject, string[] roles, string team)
    {
        var claims = new List<Claim> { new("sub", subject), new("team", team) };
        claims.AddRange(roles.Select(r => new Claim("role", r)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = Issuer,
            Audience = Audience,
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }

    private static string Flatten(Exception exception) => exception.InnerException is { } inner ? exception.Message + " " + Flatten(inner) : exception.Message;

    private sealed record MeAnswer(string Id, IReadOnlyList<string> Roles, string? TeamId)
    {
        public bool Equals(MeAnswer? other) => other is not null && Id == other.Id && Roles.SequenceEqual(other.Roles) && TeamId == other.TeamId;

        public override int GetHashCode() => HashCode.Combine(Id, TeamId);
    }
}
