using System.Net;
using EarlyHelp.Host.StepDownPanel;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>The step-down panel's endpoints refuse what they must, and change nothing when they do.</summary>
public sealed class StepDownApiTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("sqlite");
        _host = TestHost.Start(_database);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Declining_without_a_reason_is_refused_naming_reason_and_changes_nothing()
    {
        var caseId = await StepDownSteps.SteppedUpCaseAsync(_host);
        var requestId = await StepDownSteps.RequestAsync(_host, caseId);
        using var chair = await ApiClient.SignInAsync(_host, "panel-chair");
        var before = await StepDownSteps.SnapshotAsync(_host, caseId);

        var problem = await chair.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/cases/{caseId}/panel-decision", new { requestId, outcome = "decline" });

        Assert.NotNull(problem!["errors"]!["reason"]);
        Assert.Equal(before, await StepDownSteps.SnapshotAsync(_host, caseId));
    }

    [Fact]
    public async Task Accepting_to_an_unknown_team_is_refused_naming_localityTeam_and_changes_nothing()
    {
        var caseId = await StepDownSteps.SteppedUpCaseAsync(_host);
        var requestId = await StepDownSteps.RequestAsync(_host, caseId);
        using var chair = await ApiClient.SignInAsync(_host, "panel-chair");
        var before = await StepDownSteps.SnapshotAsync(_host, caseId);

        var unknown = await chair.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/cases/{caseId}/panel-decision", new { requestId, outcome = "accept-to-locality", localityTeam = "east" });
        var missing = await chair.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/cases/{caseId}/panel-decision", new { requestId, outcome = "accept-to-locality" });

        Assert.NotNull(unknown!["errors"]!["localityTeam"]);
        Assert.NotNull(missing!["errors"]!["localityTeam"]);
        Assert.Equal(before, await StepDownSteps.SnapshotAsync(_host, caseId));
    }

    [Fact]
    public async Task Only_the_panel_chair_records_a_decision_and_every_refusal_is_audited()
    {
        var caseId = await StepDownSteps.SteppedUpCaseAsync(_host);
        var requestId = await StepDownSteps.RequestAsync(_host, caseId);
        using var manager = await ApiClient.SignInAsync(_host, "manager-north");
        using var otherTeam = await ApiClient.SignInAsync(_host, "lp-south");
        var decision = new { requestId, outcome = "accept-to-locality", localityTeam = "north" };
        var before = await StepDownSteps.SnapshotAsync(_host, caseId);

        await manager.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/cases/{caseId}/panel-decision", decision);
        await otherTeam.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/cases/{caseId}/panel-decision", decision);

        Assert.Equal(before, await StepDownSteps.SnapshotAsync(_host, caseId));
        var refused = await _host.QueryAsync(db => db.AuditEntries.Where(a => a.CaseId == caseId && a.Outcome == "refused").Select(a => a.UserId + ":" + a.Outcome).ToListAsync());
        Assert.Equal(["lp-south:refused", "manager-north:refused"], refused.Order());
    }

    [Fact]
    public async Task A_triage_officer_cannot_request_a_step_down()
    {
        var caseId = await StepDownSteps.SteppedUpCaseAsync(_host);
        using var triage = await ApiClient.SignInAsync(_host, "triage-north");
        var before = await StepDownSteps.SnapshotAsync(_host, caseId);

        await triage.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/cases/{caseId}/step-down-requests", StepDownSteps.Request());

        Assert.Equal(before, await StepDownSteps.SnapshotAsync(_host, caseId));
    }

    [Fact]
    public async Task A_request_without_a_reason_is_refused_naming_reason()
    {
        var caseId = await StepDownSteps.SteppedUpCaseAsync(_host);
        using var socialWorker = await ApiClient.SignInAsync(_host, "social-worker");
        var before = await StepDownSteps.SnapshotAsync(_host, caseId);

        var problem = await socialWorker.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/cases/{caseId}/step-down-requests", new { reason = " ", socialCareReference = "CSC-1" });

        Assert.NotNull(problem!["errors"]!["reason"]);
        Assert.Equal(before, await StepDownSteps.SnapshotAsync(_host, caseId));
    }

    [Fact]
    public async Task A_second_request_while_one_waits_for_the_panel_is_refused_with_the_reason()
    {
        var caseId = await StepDownSteps.SteppedUpCaseAsync(_host);
        await StepDownSteps.RequestAsync(_host, caseId);
        using var socialWorker = await ApiClient.SignInAsync(_host, "social-worker");
        var before = await StepDownSteps.SnapshotAsync(_host, caseId);

        var problem = await socialWorker.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/cases/{caseId}/step-down-requests", StepDownSteps.Request());

        Assert.Contains("already waiting for the panel", problem!["detail"]!.GetValue<string>());
        Assert.Equal(before, await StepDownSteps.SnapshotAsync(_host, caseId));
    }

    [Fact]
    public async Task A_case_no_longer_with_social_care_cannot_be_put_to_the_panel()
    {
        var caseId = await StepDownSteps.SteppedUpCaseAsync(_host);
        await StepDownSteps.DecideAsync(_host, caseId, await StepDownSteps.RequestAsync(_host, caseId));
        await StepDownSteps.RecordConsentAsync(_host, caseId);
        using var manager = await ApiClient.SignInAsync(_host, "manager-north");
        await manager.PostOkAsync($"/api/cases/{caseId}/step-down", new { leadPractitionerId = "lp-north", agreedLevelOfNeed = "additional" });
        using var socialWorker = await ApiClient.SignInAsync(_host, "social-worker");

        var problem = await socialWorker.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/cases/{caseId}/step-down-requests", StepDownSteps.Request());

        Assert.Contains("not with children's social care", problem!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_decided_request_cannot_be_decided_again()
    {
        var caseId = await StepDownSteps.SteppedUpCaseAsync(_host);
        var requestId = await StepDownSteps.RequestAsync(_host, caseId);
        using var chair = await ApiClient.SignInAsync(_host, "panel-chair");
        await chair.PostOkAsync($"/api/cases/{caseId}/panel-decision", new { requestId, outcome = "recommend-to-partner", partner = "Family Action" });

        var problem = await chair.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/cases/{caseId}/panel-decision", new { requestId, outcome = "decline", reason = "Changed our minds" });

        Assert.Contains("already decided", problem!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_a_manager_of_the_accepting_team_steps_the_case_down_with_one_of_its_lead_practitioners()
    {
        var caseId = await StepDownSteps.SteppedUpCaseAsync(_host);
        await StepDownSteps.DecideAsync(_host, caseId, await StepDownSteps.RequestAsync(_host, caseId), localityTeam: "south");
        await StepDownSteps.RecordConsentAsync(_host, caseId);
        using var localityManager = await ApiClient.SignInAsync(_host, "manager-north");
        using var acceptingManager = await ApiClient.SignInAsync(_host, "manager-south");
        var path = $"/api/cases/{caseId}/step-down";

        await localityManager.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, path, new { leadPractitionerId = "lp-north", agreedLevelOfNeed = "complex" });
        var otherTeams = await acceptingManager.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, path, new { leadPractitionerId = "lp-north", agreedLevelOfNeed = "complex" });
        var tooHigh = await acceptingManager.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, path, new { leadPractitionerId = "lp-south", agreedLevelOfNeed = "specialist" });
        var steppedDown = await acceptingManager.PostOkAsync(path, new { leadPractitionerId = "lp-south", agreedLevelOfNeed = "complex" });

        Assert.NotNull(otherTeams!["errors"]!["leadPractitionerId"]);
        Assert.NotNull(tooHigh!["errors"]!["agreedLevelOfNeed"]);
        Assert.Equal("stepped-down", steppedDown!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stepping_down_before_the_familys_consent_is_refused_with_the_lifecycles_reason()
    {
        var caseId = await StepDownSteps.SteppedUpCaseAsync(_host);
        await StepDownSteps.DecideAsync(_host, caseId, await StepDownSteps.RequestAsync(_host, caseId));
        using var manager = await ApiClient.SignInAsync(_host, "manager-north");
        var before = await StepDownSteps.SnapshotAsync(_host, caseId);

        var problem = await manager.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/cases/{caseId}/step-down", new { leadPractitionerId = "lp-north", agreedLevelOfNeed = "complex" });

        Assert.Contains("consent", problem!["detail"]!.GetValue<string>());
        Assert.Equal(before, await StepDownSteps.SnapshotAsync(_host, caseId));
    }

    [Fact]
    public async Task The_agenda_and_the_minutes_are_the_panel_chairs_and_the_minutes_need_a_period()
    {
        using var triage = await ApiClient.SignInAsync(_host, "triage-north");
        using var chair = await ApiClient.SignInAsync(_host, "panel-chair");

        await triage.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, "/api/step-down-panel/agenda");
        await triage.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, "/api/step-down-panel/minutes?from=2026-04-01&to=2026-04-30");
        var noPeriod = await chair.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/api/step-down-panel/minutes.csv");
        var backwards = await chair.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/api/step-down-panel/minutes?from=2026-04-30&to=2026-04-01&format=pdf");

        Assert.NotNull(noPeriod!["errors"]!["from"]);
        Assert.NotNull(noPeriod["errors"]!["to"]);
        Assert.NotNull(backwards!["errors"]!["to"]);
        Assert.NotNull(backwards["errors"]!["format"]);
    }
}
