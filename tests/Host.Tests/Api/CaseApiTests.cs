using System.Net;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>The lead practitioners' and team managers' case endpoints through the real HTTP pipeline.</summary>
public sealed class CaseApiTests(CaseApiHost fixture) : IClassFixture<CaseApiHost>
{
    private TestHost Host => fixture.Host;

    private CaseSteps Steps => new(Host);

    [Fact]
    public async Task Reading_a_case_shows_the_family_answers_the_version_as_ETag_and_is_audited()
    {
        var caseId = await Steps.ToAllocatedAsync();
        using var manager = await ApiClient.SignInAsync(Host, "manager-north");

        using var response = await manager.GetAsync($"/api/cases/{caseId}");
        var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{page["version"]}\"", response.Headers.ETag?.Tag);
        Assert.Equal("allocation", page["state"]!.GetValue<string>());
        Assert.Equal("north", page["team"]!.GetValue<string>());
        Assert.Equal(["Alex", "Sam"], page["family"]!["members"]!.AsArray().Select(m => m!["givenName"]!.GetValue<string>()));
        Assert.Equal("2014-03-10", page["children"]![0]!["dateOfBirth"]!.GetValue<string>());
        Assert.Equal("lp-north", page["leadPractitioners"]![0]!["practitionerId"]!.GetValue<string>());
        Assert.Equal(["case-opened", "triage-decided", "lead-practitioner-allocated"], page["timeline"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()));
        Assert.Equal("consent", page["openTasks"]![0]!["taskType"]!.GetValue<string>());
        Assert.Contains(page["deadlines"]!.AsArray(), d => d!["kind"]!.GetValue<string>() == "assessment" && d["status"]!.GetValue<string>() == "on-track");
        var audit = await Host.QueryAsync(db => db.AuditEntries.Where(a => a.CaseId == caseId && a.Action == "case.read").ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(("manager-north", "team-manager", "read", caseId.ToString("D")), (entry.UserId, entry.Role, entry.Outcome, entry.RecordId));
    }

    [Fact]
    public async Task The_case_page_says_which_actions_are_permitted_now_and_why_not()
    {
        var caseId = await Steps.ToAllocatedAsync();

        var actions = (await Steps.CaseAsync(caseId, "lp-north"))["actions"]!.AsArray().ToDictionary(a => a!["trigger"]!.GetValue<string>());

        Assert.True(actions["record-consent"]!["permitted"]!.GetValue<bool>());
        Assert.False(actions["start-assessment"]!["permitted"]!.GetValue<bool>());
        Assert.Contains("consent is not recorded", actions["start-assessment"]!["reason"]!.GetValue<string>());
        Assert.Equal(Enum.GetValues<EarlyHelp.Workflows.Cases.CaseTrigger>().Length, actions.Count);
    }

    [Fact]
    public async Task A_stale_If_Match_answers_409_with_the_current_version_and_changes_nothing()
    {
        var caseId = await Steps.ToAllocatedAsync();
        var version = await Steps.VersionAsync(caseId);
        using var practitioner = await ApiClient.SignInAsync(Host, "lp-north");

        var stale = await practitioner.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/cases/{caseId}/consent", CaseRequests.Consent(), ifMatch: version - 1);

        Assert.Equal(version, stale!["currentVersion"]!.GetValue<int>());
        var page = await Steps.CaseAsync(caseId);
        Assert.Equal(version, page["version"]!.GetValue<int>());
        Assert.Equal("not-recorded", page["consent"]!["status"]!.GetValue<string>());
        Assert.Equal(1, await Host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.CaseId == caseId && a.Action == "case.record-consent" && a.Outcome == "refused")));
    }

    [Fact]
    public async Task A_current_If_Match_is_accepted_and_the_answer_carries_the_new_version()
    {
        var caseId = await Steps.ToAllocatedAsync();
        var version = await Steps.VersionAsync(caseId);
        using var practitioner = await ApiClient.SignInAsync(Host, "lp-north");

        using var response = await practitioner.PostAsync($"/api/cases/{caseId}/consent", CaseRequests.Consent(), ifMatch: version);
        var changed = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(version + 1, changed["version"]!.GetValue<int>());
        Assert.Equal($"\"{version + 1}\"", response.Headers.ETag?.Tag);
        Assert.Equal("allocation", changed["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_lead_practitioner_of_another_team_gets_404_for_the_case_and_its_commands()
    {
        var caseId = await Steps.ToAllocatedAsync();
        var version = await Steps.VersionAsync(caseId);
        using var south = await ApiClient.SignInAsync(Host, "lp-south");

        await south.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/cases/{caseId}");
        await south.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/api/cases/{caseId}/consent", CaseRequests.Consent());
        await south.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/api/cases/{caseId}/step-up", new { reason = "Risk rose" });
        await south.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Put, $"/api/cases/{caseId}/plan", new { plan = new[] { new { description = "x", owner = "y", dueOn = CaseRequests.InDays(5) } } });

        Assert.Equal(version, await Steps.VersionAsync(caseId));
        var refused = await Host.QueryAsync(db => db.AuditEntries.Where(a => a.CaseId == caseId && a.UserId == "lp-south").Select(a => a.Outcome).ToListAsync());
        Assert.Equal(["refused", "refused", "refused", "refused"], refused);
    }

    [Fact]
    public async Task An_administrator_has_no_access_to_cases()
    {
        var caseId = await Steps.ToAllocatedAsync();
        using var admin = await ApiClient.SignInAsync(Host, "admin");

        await admin.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"/api/cases/{caseId}");
        await admin.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/cases/{caseId}/consent", CaseRequests.Consent());
        await admin.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, "/api/caseload");

        Assert.Empty((await admin.GetJsonAsync("/api/my-tasks"))!["items"]!.AsArray());
    }

    [Fact]
    public async Task A_change_the_lifecycle_refuses_answers_409_with_its_reason_and_changes_nothing()
    {
        var caseId = await Steps.ToAllocatedAsync();
        var version = await Steps.VersionAsync(caseId);
        using var practitioner = await ApiClient.SignInAsync(Host, "lp-north");

        var refused = await practitioner.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/cases/{caseId}/assessment/start", CaseRequests.StartAssessment());

        Assert.Contains("consent is not recorded", refused!["detail"]!.GetValue<string>());
        Assert.Equal(version, await Steps.VersionAsync(caseId));
    }

    [Fact]
    public async Task Only_a_team_manager_signs_off_a_closure_or_keeps_a_case_in_early_help()
    {
        var caseId = await Steps.ToAllocatedAsync();
        using var practitioner = await ApiClient.SignInAsync(Host, "lp-north");

        await practitioner.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/cases/{caseId}/closure-sign-off", CaseRequests.SignOff());
        await practitioner.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/cases/{caseId}/step-up/decline", new { agreedLevelOfNeed = "complex", reason = "Below threshold" });
    }

    [Fact]
    public async Task A_high_cse_risk_holds_the_case_until_a_manager_keeps_it_in_early_help()
    {
        var caseId = await Steps.ToAssessmentAsync();
        var childId = (await Steps.CaseAsync(caseId))["children"]![0]!["id"]!.GetValue<Guid>();
        using var practitioner = await ApiClient.SignInAsync(Host, "lp-north");
        using var manager = await ApiClient.SignInAsync(Host, "manager-north");

        await practitioner.PostOkAsync($"/api/cases/{caseId}/cse-screenings", new { childId, risk = "high" });
        var held = await practitioner.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/cases/{caseId}/assessment/complete", CaseRequests.CompleteAssessment());
        await manager.PostOkAsync($"/api/cases/{caseId}/step-up/decline", new { agreedLevelOfNeed = "complex", reason = "Social care judged the threshold not met" });
        var completed = await practitioner.PostOkAsync($"/api/cases/{caseId}/assessment/complete", CaseRequests.CompleteAssessment());

        Assert.Contains("above the Early Help ceiling", held!["detail"]!.GetValue<string>());
        Assert.Equal("team-around-family", completed!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_cse_screening_of_someone_who_is_not_a_child_of_the_case_is_refused_naming_childId()
    {
        var caseId = await Steps.ToAssessmentAsync();
        using var practitioner = await ApiClient.SignInAsync(Host, "lp-north");

        var problem = await practitioner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/cases/{caseId}/cse-screenings", new { childId = Guid.NewGuid(), risk = "low" });

        Assert.NotNull(problem!["errors"]!["childId"]);
    }

    [Fact]
    public async Task Stepping_up_ends_the_episode_and_tells_the_pathway()
    {
        var caseId = await Steps.ToAssessmentAsync();
        using var practitioner = await ApiClient.SignInAsync(Host, "lp-north");

        var changed = await practitioner.PostOkAsync($"/api/cases/{caseId}/step-up", new { reason = "Disclosure of harm", socialCareReference = "SC-1" });

        Assert.Equal("stepped-up", changed!["state"]!.GetValue<string>());
        Assert.Equal("cancelled", await Host.QueryAsync(db => db.WorkflowInstances.Where(i => i.CaseId == caseId).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_social_worker_records_the_familys_consent_in_the_step_down_pathway()
    {
        var caseId = await Steps.ToAllocatedAsync();
        using (var practitioner = await ApiClient.SignInAsync(Host, "lp-north"))
        {
            await practitioner.PostOkAsync($"/api/cases/{caseId}/step-up", new { reason = "Disclosure of harm" });
        }

        // The step-down panel's endpoints are not part of this API: the request and the panel's decision are made on the pathway directly.
        var instanceId = await StartStepDownAsync(caseId);
        await CompleteTaskAsync(instanceId, "step-down-request", "done", new JsonObject { ["reason"] = "Family engaging", ["socialCareReference"] = "SC-7" }, new Actor("social-worker", ActorRole.SocialWorker));
        await CompleteTaskAsync(instanceId, "panel-decision", "accept", new JsonObject { ["localityTeam"] = "north", ["partner"] = null, ["reason"] = null }, new Actor("panel-chair", ActorRole.PanelChair));
        using var socialWorker = await ApiClient.SignInAsync(Host, "social-worker");
        var myTasks = (await socialWorker.GetJsonAsync("/api/my-tasks?pageSize=200"))!["items"]!.AsArray();

        await socialWorker.PostOkAsync($"/api/cases/{caseId}/consent", CaseRequests.Consent());

        Assert.Contains(myTasks, t => t!["caseId"]?.GetValue<Guid>() == caseId && t["taskType"]!.GetValue<string>() == "consent");
        var page = await Steps.CaseAsync(caseId, "social-worker");
        var consent = page["timeline"]!.AsArray().Last()!;
        Assert.Equal(("consent-recorded", "social-worker"), (consent["type"]!.GetValue<string>(), consent["by"]!["userId"]!.GetValue<string>()));
        Assert.Contains(page["openTasks"]!.AsArray(), t => t!["taskType"]!.GetValue<string>() == "step-down");
    }

    [Fact]
    public async Task Outcome_readings_show_the_direction_of_travel_per_domain_against_the_previous_reading()
    {
        var caseId = await Steps.ToAssessmentAsync();
        using var practitioner = await ApiClient.SignInAsync(Host, "lp-north");

        await practitioner.PostOkAsync($"/api/cases/{caseId}/outcome-readings", CaseRequests.Readings(("Attendance", 3), ("Routines", 5), ("Health", 4)));
        await practitioner.PostOkAsync($"/api/cases/{caseId}/outcome-readings", CaseRequests.Readings(("Attendance", 4), ("Routines", 5), ("Health", 2), ("Housing", 6)));

        var readings = (await Steps.CaseAsync(caseId))["outcomeReadings"]!.AsArray();
        Assert.All(readings[0]!["scores"]!.AsArray(), s => Assert.Null(s!["direction"]));
        Assert.Equal(["improving", "same", "worse", null], readings[1]!["scores"]!.AsArray().Select(s => s!["direction"]?.GetValue<string>()));
    }

    [Fact]
    public async Task A_review_without_its_task_records_the_review_and_its_readings_together()
    {
        var caseId = await Steps.ToAssessmentAsync();
        using var practitioner = await ApiClient.SignInAsync(Host, "lp-north");
        await practitioner.PostOkAsync($"/api/cases/{caseId}/assessment/complete", CaseRequests.CompleteAssessment());
        await practitioner.PostOkAsync($"/api/cases/{caseId}/taf-meetings", CaseRequests.TafMeeting());
        var version = await Steps.VersionAsync(caseId);

        var changed = await practitioner.PostOkAsync($"/api/cases/{caseId}/reviews", CaseRequests.Review("continue-plan", CaseRequests.Readings(("Attendance", 4))));

        Assert.Equal(version + 2, changed!["version"]!.GetValue<int>());
        var types = (await Steps.CaseAsync(caseId))["timeline"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()).TakeLast(2);
        Assert.Equal(["review-recorded", "outcome-readings-recorded"], types);
    }

    [Fact]
    public async Task A_review_whose_readings_the_lifecycle_refuses_records_neither()
    {
        var caseId = await Steps.ToAssessmentAsync();
        using var practitioner = await ApiClient.SignInAsync(Host, "lp-north");
        await practitioner.PostOkAsync($"/api/cases/{caseId}/assessment/complete", CaseRequests.CompleteAssessment());
        var version = await Steps.VersionAsync(caseId);

        // Before the first TAF meeting the case is not in review: the review is refused, so the readings are not recorded either.
        await practitioner.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/cases/{caseId}/reviews", CaseRequests.Review("continue-plan", CaseRequests.Readings(("Attendance", 4))));

        Assert.Equal(version, await Steps.VersionAsync(caseId));
    }

    [Fact]
    public async Task The_caseload_lists_my_open_cases_by_reference_without_names_and_is_audited_once()
    {
        var caseId = await Steps.ToAllocatedAsync();
        using var practitioner = await ApiClient.SignInAsync(Host, "lp-north");
        using var south = await ApiClient.SignInAsync(Host, "manager-south");

        using var response = await practitioner.GetAsync("/api/caseload?scope=mine&pageSize=200");
        var text = await response.Content.ReadAsStringAsync();
        var southTeam = (await south.GetJsonAsync("/api/caseload?state=all&pageSize=200"))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = JsonNode.Parse(text)!["items"]!.AsArray().Single(i => i!["caseId"]!.GetValue<Guid>() == caseId)!;
        Assert.Equal(("allocation", "complex", "lp-north"), (item["state"]!.GetValue<string>(), item["levelOfNeed"]!.GetValue<string>(), item["leadPractitionerId"]!.GetValue<string>()));
        Assert.StartsWith("EH-", item["reference"]!.GetValue<string>());
        Assert.DoesNotContain("Alex", text);
        Assert.DoesNotContain("Sam", text);
        Assert.DoesNotContain(southTeam["items"]!.AsArray(), i => i!["caseId"]!.GetValue<Guid>() == caseId);
        Assert.Equal(1, await Host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.UserId == "lp-north" && a.Action == "caseload.read")));
    }

    [Fact]
    public async Task The_team_caseload_holds_the_teams_cases_and_a_manager_cannot_ask_for_mine()
    {
        var caseId = await Steps.ToAllocationAsync();
        using var manager = await ApiClient.SignInAsync(Host, "manager-north");

        var team = await manager.GetJsonAsync("/api/caseload?pageSize=200");
        var mine = await manager.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/api/caseload?scope=mine");
        var badState = await manager.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/api/caseload?state=sleeping&pageSize=500");

        Assert.Equal("team", team!["scope"]!.GetValue<string>());
        Assert.Contains(team["items"]!.AsArray(), i => i!["caseId"]!.GetValue<Guid>() == caseId);
        Assert.NotNull(mine!["errors"]!["scope"]);
        Assert.NotNull(badState!["errors"]!["state"]);
        Assert.NotNull(badState["errors"]!["pageSize"]);
    }

    [Fact]
    public async Task My_tasks_hold_the_tasks_for_my_role_only_on_my_teams_cases()
    {
        var caseId = await Steps.ToAllocationAsync();
        using var north = await ApiClient.SignInAsync(Host, "manager-north");
        using var south = await ApiClient.SignInAsync(Host, "manager-south");

        var northTasks = (await north.GetJsonAsync("/api/my-tasks?pageSize=200"))!["items"]!.AsArray();
        var southTasks = (await south.GetJsonAsync("/api/my-tasks?pageSize=200"))!["items"]!.AsArray();

        var allocation = northTasks.Single(t => t!["caseId"]?.GetValue<Guid>() == caseId)!;
        Assert.Equal(("allocation", "role", "team-manager"), (allocation["taskType"]!.GetValue<string>(), allocation["assigneeKind"]!.GetValue<string>(), allocation["assigneeValue"]!.GetValue<string>()));
        Assert.DoesNotContain(southTasks, t => t!["caseId"]?.GetValue<Guid>() == caseId);
    }

    [Fact]
    public async Task The_case_endpoints_are_described_in_the_OpenAPI_document()
    {
        using var http = Host.Client();

        var document = JsonNode.Parse(await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/cases/{caseId}", paths);
        Assert.Contains("/api/cases/{caseId}/closure-sign-off", paths);
        Assert.Contains("/api/caseload", paths);
        Assert.Contains("/api/my-tasks", paths);
    }

    [Theory]
    [InlineData("POST", "consent", """{"givenBy": "parent"}""", "status")]
    [InlineData("POST", "consent", """{"status": "partial", "givenBy": "parent"}""", "note")]
    [InlineData("POST", "consent/withdrawal", """{"reason": "We manage now"}""", "withdrawnBy")]
    [InlineData("POST", "assessment/complete", """{"levelOfNeed": "complex", "needsIdentified": ["parenting"], "plan": [{"owner": "School", "dueOn": "2030-01-01"}]}""", "plan[0].description")]
    [InlineData("POST", "assessment/complete", """{"needsIdentified": ["parenting"], "plan": [{"description": "d", "owner": "School", "dueOn": "2030-01-01"}]}""", "levelOfNeed")]
    [InlineData("PUT", "plan", """{"plan": [{"description": "d", "owner": "School"}]}""", "plan[0].dueOn")]
    [InlineData("POST", "taf-meetings", """{"agenciesPresent": ["school"], "familyPresent": true}""", "heldOn")]
    [InlineData("POST", "reviews", """{"heldOn": "2026-01-05"}""", "outcome")]
    [InlineData("POST", "reviews", """{"heldOn": "2026-01-05", "outcome": "continue-plan", "readings": {"scores": [{"domain": "Attendance", "score": 3}]}}""", "readings.measure")]
    [InlineData("POST", "outcome-readings", """{"measure": "Family outcomes", "scores": [{"domain": "Attendance"}]}""", "scores[0].score")]
    [InlineData("POST", "cse-screenings", """{"risk": "low"}""", "childId")]
    [InlineData("POST", "level-of-need", """{"levelOfNeed": "additional"}""", "reason")]
    [InlineData("POST", "step-up/decline", """{"agreedLevelOfNeed": "complex"}""", "reason")]
    [InlineData("POST", "step-up", """{"socialCareReference": "SC-1"}""", "reason")]
    [InlineData("POST", "closure-request", """{"reason": "outcomes-met", "familyViews": "Settled"}""", "childViews")]
    [InlineData("POST", "exit-survey", """{"treatedWithRespect": "agree", "listenedTo": "agree"}""", "helpedWithIssues")]
    public async Task A_missing_required_field_answers_400_naming_it_and_the_case_is_unchanged(string method, string path, string body, string field)
    {
        var caseId = await Steps.ToAllocatedAsync();
        var version = await Steps.VersionAsync(caseId);
        using var client = await ApiClient.SignInAsync(Host, path.StartsWith("step-up/decline", StringComparison.Ordinal) ? "manager-north" : "lp-north");

        var problem = await client.ExpectAsync(HttpStatusCode.BadRequest, new HttpMethod(method), $"/api/cases/{caseId}/{path}", body);

        Assert.NotNull(problem!["errors"]![field]);
        Assert.Equal(version, await Steps.VersionAsync(caseId));
    }

    [Fact]
    public async Task An_unknown_choice_in_a_body_answers_400_naming_the_field()
    {
        var caseId = await Steps.ToAllocatedAsync();
        using var practitioner = await ApiClient.SignInAsync(Host, "lp-north");

        var problem = await practitioner.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/cases/{caseId}/consent", """{"status": "maybe", "givenBy": "parent"}""");

        Assert.NotNull(problem!["errors"]!["status"]);
    }

    private async Task<Guid> StartStepDownAsync(Guid caseId)
    {
        var pathway = await Host.Services.GetRequiredService<WorkflowDefinitionStore>().FindNewestPublishedAsync(Pathways.StepDown, CancellationToken.None);
        var started = await Host.Runner.StartAsync(pathway!, caseId, new Dictionary<string, JsonNode?>(), new Actor("social-worker", ActorRole.SocialWorker), CancellationToken.None);
        return started.InstanceId;
    }

    private async Task CompleteTaskAsync(Guid instanceId, string taskType, string outcome, JsonObject data, Actor by)
    {
        var taskId = await Host.QueryAsync(db => db.HumanTasks.Where(t => t.InstanceId == instanceId && t.TaskType == taskType && t.Status == "open").Select(t => t.Id).SingleAsync());
        var result = await Host.Runner.ResumeAsync(instanceId, new TaskCompleted(taskId, outcome, data, by), by, CancellationToken.None);
        Assert.Null(result.RefusalReason);
    }
}
