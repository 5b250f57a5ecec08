using System.Net;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>
/// Every endpoint of the API against every role, in the case's own team and in another: the expected allow or
/// deny, written here as the rule. The test enumerates the running Host's endpoints, so an endpoint added without
/// a row here fails it. "Allowed" means the request got past sign-in, role and scope (it may still be refused
/// for its body or the case's state); "denied" is 401, 403, or 404 for a case the user may not see.
/// </summary>
public sealed class AuthorisationMatrixTests : IAsyncLifetime
{
    private const string T = "triage-officer", L = "lead-practitioner", M = "team-manager", P = "panel-chair", S = "social-worker", A = "administrator";
    private static readonly string[] Staff = [T, L, M, P, S, A];

    /// <summary>Whose request is allowed: no fixture means the endpoint does not concern one case.</summary>
    private static readonly Dictionary<(string Method, string Route), Rule> Matrix = new()
    {
        [("GET", "/api/me")] = new(Staff),
        [("GET", "/api/sign-in/demo-users")] = Rule.Anyone,
        [("POST", "/api/sign-in/demo")] = Rule.Anyone,
        [("POST", "/api/sign-out")] = Rule.Anyone,
        [("GET", "/api/case-lifecycle/mermaid")] = new(Staff),
        [("GET", "/api/case-lifecycle/dot")] = new(Staff),
        [("GET", "/api/case-lifecycle/transitions")] = new(Staff),

        // Triage officers (allocation also for managers; the inbox also for managers).
        [("POST", "/api/enquiries")] = new([T]),
        [("GET", "/api/triage/inbox")] = new([T, M]),
        [("POST", "/api/cases/{caseId}/enquiries")] = new([T], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/triage-decision")] = new([T], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/referrer-notices")] = new([T], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/allocation")] = new([T, M], Fixture.Enquiry),

        // Practitioners and managers.
        [("GET", "/api/caseload")] = new([L, M]),
        [("GET", "/api/my-tasks")] = new(Staff),
        [("GET", "/api/cases/{caseId}")] = new([T, L, M, P, S], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/consent")] = new([L, M, S], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/consent/withdrawal")] = new([L, M, S], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/assessment/start")] = new([L, M], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/assessment/complete")] = new([L, M], Fixture.Enquiry),
        [("PUT", "/api/cases/{caseId}/plan")] = new([L, M], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/taf-meetings")] = new([L, M], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/reviews")] = new([L, M], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/outcome-readings")] = new([L, M], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/cse-screenings")] = new([L, M], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/level-of-need")] = new([L, M], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/step-up")] = new([L, M], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/step-up/decline")] = new([M], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/closure-request")] = new([L, M], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/closure-sign-off")] = new([M], Fixture.Enquiry),
        [("POST", "/api/cases/{caseId}/exit-survey")] = new([L, M], Fixture.Enquiry),

        // The step-down panel: a stepped-up case of the North team with a request waiting.
        [("POST", "/api/cases/{caseId}/step-down-requests")] = new([S], Fixture.StepDown),
        [("GET", "/api/step-down-panel/agenda")] = new([P]),
        [("POST", "/api/cases/{caseId}/panel-decision")] = new([P], Fixture.StepDown),
        [("POST", "/api/cases/{caseId}/step-down")] = new([M], Fixture.StepDown),
        [("GET", "/api/step-down-panel/minutes")] = new([P]),
        [("GET", "/api/step-down-panel/minutes.csv")] = new([P]),

        // Administrators.
        [("GET", "/api/admin/workflows")] = new([A]),
        [("POST", "/api/admin/workflows")] = new([A]),
        [("POST", "/api/admin/workflows/validate")] = new([A]),
        [("POST", "/api/admin/workflows/import")] = new([A]),
        [("GET", "/api/admin/workflows/{id}/versions/{version}")] = new([A]),
        [("GET", "/api/admin/workflows/{id}/versions/{version}/export")] = new([A]),
        [("PUT", "/api/admin/workflows/{id}/draft")] = new([A]),
        [("POST", "/api/admin/workflows/{id}/draft/publish")] = new([A]),
        [("GET", "/api/admin/workflows/{id}/diff")] = new([A]),
        [("POST", "/api/admin/workflows/{id}/migrations")] = new([A]),
        [("POST", "/api/admin/workflows/{id}/try")] = new([A]),
        [("GET", "/api/admin/activities")] = new([A]),
        [("GET", "/api/admin/instances")] = new([A]),
        [("GET", "/api/admin/instances/{id}")] = new([A]),
        [("GET", "/api/admin/incidents")] = new([A]),
        [("POST", "/api/admin/instances/{id}/incidents/{incidentId}/retry")] = new([A]),
        [("POST", "/api/admin/instances/{id}/incidents/{incidentId}/skip")] = new([A]),
        [("POST", "/api/admin/instances/{id}/incidents/{incidentId}/cancel")] = new([A]),
        [("POST", "/api/admin/instances/{id}/cancel")] = new([A]),
        [("GET", "/api/admin/users")] = new([A]),
        [("POST", "/api/admin/users")] = new([A]),
        [("PUT", "/api/admin/users/{id}")] = new([A]),
        [("GET", "/api/admin/teams")] = new([A]),
        [("POST", "/api/admin/teams")] = new([A]),
        [("PUT", "/api/admin/teams/{id}")] = new([A]),
        [("GET", "/api/admin/jobs")] = new([A]),
        [("GET", "/api/admin/jobs/{name}/runs")] = new([A]),
        [("POST", "/api/admin/jobs/{name}/run")] = new([A]),
        [("POST", "/api/admin/jobs/{name}/retry")] = new([A]),

        // Performance reports: aggregate figures, no child's record.
        [("GET", "/api/reports/measures")] = new([M, P, A]),
        [("GET", "/api/reports/measures.csv")] = new([M, P, A]),
    };

    /// <summary>The demo users: each role, in the North team (the fixtures' team) and in the South team.</summary>
    private static readonly (string UserId, string Role, string? Team)[] Users =
    [
        ("triage-north", T, "north"), ("lp-north", L, "north"), ("manager-north", M, "north"),
        ("triage-south", T, "south"), ("lp-south", L, "south"), ("manager-south", M, "south"),
        ("panel-chair", P, null), ("social-worker", S, null), ("admin", A, null),
    ];

    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private Guid _enquiryCase;
    private Guid _stepDownCase;
    private Guid _instance;

    private enum Fixture
    {
        None,
        Enquiry,
        StepDown,
    }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("sqlite");
        _host = TestHost.Start(_database);
        using var triage = await ApiClient.SignInAsync(_host, "triage-north");
        var created = await triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily(familyName: "Matrix"));
        _enquiryCase = created!["caseId"]!.GetValue<Guid>();
        _instance = await _host.QueryAsync(db => db.WorkflowInstances.Where(i => i.CaseId == _enquiryCase).Select(i => i.Id).SingleAsync());
        _stepDownCase = await StepDownSteps.SteppedUpCaseAsync(_host);
        await StepDownSteps.RequestAsync(_host, _stepDownCase);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void Every_endpoint_of_the_API_has_a_row_in_the_matrix()
    {
        var missing = ApiEndpoints.All(_host).Where(e => !Matrix.ContainsKey(e)).Select(e => $"{e.Method} {e.Route}");
        var stale = Matrix.Keys.Except(ApiEndpoints.All(_host)).Select(e => $"{e.Method} {e.Route}");

        Assert.Equal([], missing);
        Assert.Equal([], stale);
    }

    [Fact]
    public async Task Each_role_in_its_own_team_and_in_another_is_allowed_or_denied_as_the_matrix_says()
    {
        var wrong = new List<string>();
        foreach (var (userId, role, team) in Users)
        {
            using var client = await ApiClient.SignInAsync(_host, userId);
            foreach (var ((method, route), rule) in Matrix.Where(e => e.Key.Route != "/api/sign-out").OrderBy(e => e.Key.Route, StringComparer.Ordinal))
            {
                var expected = rule.Anonymous || (rule.Roles.Contains(role) && Sees(role, team, rule.Fixture));
                using var response = await client.SendAsync(new HttpMethod(method), Url(route, rule.Fixture), method == "GET" ? null : "{}");
                if (Allowed(response.StatusCode, rule.Fixture) != expected)
                {
                    wrong.Add($"{userId}: {method} {route} answered {(int)response.StatusCode}, expected {(expected ? "allowed" : "denied")}");
                }

                if (!expected && rule.Fixture != Fixture.None && !Sees(role, team, rule.Fixture) && response.StatusCode == HttpStatusCode.Forbidden && rule.Roles.Contains(role))
                {
                    wrong.Add($"{userId}: {method} {route} answered 403 for a case they may not see: it must not reveal that the case exists (404)");
                }
            }
        }

        Assert.Equal([], wrong);
    }

    [Fact]
    public async Task Without_signing_in_only_the_sign_in_endpoints_answer()
    {
        using var anonymous = _host.Client();
        var wrong = new List<string>();
        foreach (var ((method, route), rule) in Matrix.Where(e => !e.Value.Anonymous))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(Url(route, rule.Fixture), UriKind.Relative));
            if (method != "GET")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            using var response = await anonymous.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                wrong.Add($"{method} {route} answered {(int)response.StatusCode} without sign-in");
            }
        }

        Assert.Equal([], wrong);
    }

    [Fact]
    public async Task Every_command_answers_a_body_that_is_not_JSON_with_400_and_changes_nothing()
    {
        var before = await SnapshotAsync();
        var wrong = new List<string>();
        foreach (var ((method, route), rule) in Matrix.Where(e => e.Key.Method is "POST" or "PUT" && !e.Value.Anonymous && !TakesNoBody.Contains(e.Key.Route)))
        {
            var (userId, _, _) = Users.First(u => rule.Roles.Contains(u.Role) && Sees(u.Role, u.Team, rule.Fixture));
            using var client = await ApiClient.SignInAsync(_host, userId);
            using var response = await client.SendAsync(new HttpMethod(method), Url(route, rule.Fixture), "{\"reason\": ");
            var text = await response.Content.ReadAsStringAsync();
            // A workflow definition's body is read by the workflow reader: a broken one gets its validation report.
            var answered = TakesAWorkflowDefinition.Contains(route)
                ? text.Contains("malformed-json", StringComparison.Ordinal) && response.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.OK
                : response.StatusCode == HttpStatusCode.BadRequest;
            if (!answered)
            {
                wrong.Add($"{userId}: {method} {route} answered {(int)response.StatusCode} to a broken body: {text}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        Assert.Equal(before, await SnapshotAsync());
    }

    /// <summary>Commands whose address says everything: they read no body.</summary>
    private static readonly HashSet<string> TakesNoBody =
    [
        "/api/admin/workflows/{id}/draft/publish",
        "/api/admin/instances/{id}/incidents/{incidentId}/retry",
        "/api/admin/instances/{id}/incidents/{incidentId}/cancel",
        "/api/admin/jobs/{name}/run",
        "/api/admin/jobs/{name}/retry",
    ];

    /// <summary>Commands whose body is a workflow definition in our JSON format; validation (POST .../validate) answers the report with 200.</summary>
    private static readonly HashSet<string> TakesAWorkflowDefinition =
        ["/api/admin/workflows", "/api/admin/workflows/validate", "/api/admin/workflows/import", "/api/admin/workflows/{id}/draft"];

    /// <summary>Everything a command could change, audit apart: counts and versions of cases, events, instances, tasks, definitions, users, teams.</summary>
    private Task<string> SnapshotAsync() => _host.QueryAsync(async db => string.Join(' ',
        await db.Cases.SumAsync(c => c.Version), await db.CaseEvents.CountAsync(), await db.Families.CountAsync(),
        await db.WorkflowInstances.SumAsync(i => i.Version), await db.HumanTasks.CountAsync(t => t.Status == "open"),
        await db.WorkflowDefinitions.CountAsync(), await db.Users.CountAsync(u => u.Active), await db.Teams.CountAsync(),
        await db.Notifications.CountAsync()));

    /// <summary>Who sees the fixtures: North's team roles see both; the panel chair and social workers see the stepped-up case with its request.</summary>
    private static bool Sees(string role, string? team, Fixture fixture) => fixture switch
    {
        Fixture.None => true,
        Fixture.Enquiry => team == "north",
        _ => team == "north" || role is P or S,
    };

    /// <summary>A case endpoint's 404 is a denial (the case is out of scope); elsewhere a 404 is about the thing asked for.</summary>
    private static bool Allowed(HttpStatusCode status, Fixture fixture) =>
        status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && !(fixture != Fixture.None && status == HttpStatusCode.NotFound);

    private string Url(string route, Fixture fixture)
    {
        var caseId = fixture == Fixture.StepDown ? _stepDownCase : _enquiryCase;
        var id = route.StartsWith("/api/admin/instances", StringComparison.Ordinal) ? _instance.ToString()
            : route.StartsWith("/api/admin/users", StringComparison.Ordinal) ? "lp-north"
            : route.StartsWith("/api/admin/teams", StringComparison.Ordinal) ? "north"
            : "referral-to-closure";
        return route.Replace("{caseId}", caseId.ToString(), StringComparison.Ordinal)
            .Replace("{incidentId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{name}", "notification-delivery", StringComparison.Ordinal)
            .Replace("{version}", "1", StringComparison.Ordinal)
            .Replace("{id}", id, StringComparison.Ordinal)
            + (route.EndsWith("/diff", StringComparison.Ordinal) ? "?from=1&to=1" : "");
    }

    private sealed record Rule(IReadOnlyList<string> Roles, Fixture Fixture = Fixture.None, bool Anonymous = false)
    {
        public static Rule Anyone { get; } = new(Staff, Fixture.None, Anonymous: true);
    }
}
