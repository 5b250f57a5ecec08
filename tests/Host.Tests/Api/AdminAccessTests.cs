using System.Net;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>Only administrators use the administrators' API.</summary>
public sealed class AdminAccessTests : AdminApiTest
{
    private static readonly Guid Instance = Guid.NewGuid();
    private static readonly Guid Incident = Guid.NewGuid();

    /// <summary>Every administrators' endpoint, as an address that exists (the role is checked before anything is looked up).</summary>
    public static TheoryData<string, string> Endpoints { get; } = new()
    {
        { "GET", "/api/admin/workflows" },
        { "POST", "/api/admin/workflows" },
        { "POST", "/api/admin/workflows/validate" },
        { "POST", "/api/admin/workflows/import" },
        { "GET", "/api/admin/workflows/referral-to-closure/versions/1" },
        { "GET", "/api/admin/workflows/referral-to-closure/versions/1/export" },
        { "PUT", "/api/admin/workflows/referral-to-closure/draft" },
        { "POST", "/api/admin/workflows/referral-to-closure/draft/publish" },
        { "GET", "/api/admin/workflows/referral-to-closure/diff?from=1&to=1" },
        { "POST", "/api/admin/workflows/referral-to-closure/migrations" },
        { "POST", "/api/admin/workflows/referral-to-closure/try" },
        { "GET", "/api/admin/activities" },
        { "GET", "/api/admin/instances" },
        { "GET", $"/api/admin/instances/{Instance}" },
        { "GET", "/api/admin/incidents" },
        { "POST", $"/api/admin/instances/{Instance}/incidents/{Incident}/retry" },
        { "POST", $"/api/admin/instances/{Instance}/incidents/{Incident}/skip" },
        { "POST", $"/api/admin/instances/{Instance}/incidents/{Incident}/cancel" },
        { "POST", $"/api/admin/instances/{Instance}/cancel" },
        { "GET", "/api/admin/users" },
        { "POST", "/api/admin/users" },
        { "PUT", "/api/admin/users/lp-north" },
        { "GET", "/api/admin/teams" },
        { "POST", "/api/admin/teams" },
        { "PUT", "/api/admin/teams/north" },
    };

    [Fact]
    public async Task A_lead_practitioner_is_refused_every_administrators_endpoint_and_nothing_changes()
    {
        using var practitioner = await ApiClient.SignInAsync(Host, "lp-north");
        var definition = AdminWorkflows.HomeVisit(id: "referral-to-closure", version: 2);

        foreach (var (method, path) in Endpoints.Select(row => ((string)row[0], (string)row[1])))
        {
            var takesDefinition = path.EndsWith("/workflows", StringComparison.Ordinal) || path.EndsWith("/validate", StringComparison.Ordinal)
                || path.EndsWith("/import", StringComparison.Ordinal) || path.EndsWith("/draft", StringComparison.Ordinal);
            var body = method == "GET" ? null : takesDefinition ? definition : "{}";
            await practitioner.ExpectAsync(HttpStatusCode.Forbidden, new HttpMethod(method), path, body);
        }

        Assert.Equal(1, await Host.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.WorkflowDefinitions, d => d.Id == "referral-to-closure")));
    }

    [Fact]
    public async Task The_api_description_lists_every_administrators_endpoint()
    {
        using var anonymous = Host.Client();

        var document = System.Text.Json.Nodes.JsonNode.Parse(await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = document!["paths"]!.AsObject().Select(p => p.Key).Where(p => p.StartsWith("/api/admin/", StringComparison.Ordinal)).ToList();
        // 29 endpoints on 26 paths (the jobs' four and "try it" included): the users, teams and workflows lists are
        // read and added to at the same address.
        Assert.Equal(26, paths.Count);
        Assert.Contains("/api/admin/workflows/{id}/draft/publish", paths);
    }

    [Fact]
    public async Task Someone_not_signed_in_is_asked_to_sign_in()
    {
        using var anonymous = Host.Client();

        using var response = await anonymous.GetAsync(new Uri("/api/admin/workflows", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_administrator_reaches_every_administrators_endpoint()
    {
        using var admin = await AdminAsync();

        foreach (var (method, path) in Endpoints.Select(row => ((string)row[0], (string)row[1])))
        {
            using var response = await admin.SendAsync(new HttpMethod(method), path, method == "GET" ? null : "{}");
            Assert.True(response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized or HttpStatusCode.InternalServerError or HttpStatusCode.MethodNotAllowed),
                $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
