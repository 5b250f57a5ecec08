using System.Net;
using EarlyHelp.Activities;
using EarlyHelp.Host.Admin;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>The activity toolbox, instances, incidents and migrations through the administrators' API.</summary>
public sealed class AdminInstanceApiTests : AdminApiTest
{
    [Fact]
    public async Task The_activity_list_has_every_catalogue_entry_with_inputs_and_ports()
    {
        using var admin = await AdminAsync();

        var activities = (await admin.GetJsonAsync("/api/admin/activities"))!.AsArray();

        var listed = activities.Select(a => (a!["type"]!.GetValue<string>(), a["version"]!.GetValue<int>())).Order().ToList();
        var catalogue = ActivityLibrary.All.Select(a => (a.Descriptor.Type, a.Descriptor.Version)).Order().ToList();
        Assert.Equal(catalogue, listed);
        var waitUntil = activities.Single(a => a!["type"]!.GetValue<string>() == "flow/wait-until")!;
        var from = waitUntil["inputs"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "from")!;
        Assert.Equal(("choice", "enquiry-received"), (from["type"]!.GetValue<string>(), from["default"]!.GetValue<string>()));
        Assert.Contains("variable", from["choices"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("done", waitUntil["ports"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(["waits"], waitUntil["traits"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task An_incident_retried_faults_again_and_skipped_by_a_port_moves_the_instance_on()
    {
        using var admin = await AdminAsync();
        var version = await CreateAndPublishAsync(admin, AdminWorkflows.CheckEpisode());
        var instanceId = (await StartAsync("check-episode", version)).InstanceId;

        var incidents = await admin.GetJsonAsync("/api/admin/incidents");
        var first = incidents!["items"]!.AsArray().Single(i => i!["instanceId"]!.GetValue<Guid>() == instanceId)!;
        var retried = await admin.PostOkAsync($"/api/admin/instances/{instanceId}/incidents/{first["incidentId"]}/retry", null);
        var stale = await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/admin/instances/{instanceId}/incidents/{first["incidentId"]}/skip", new { port = "none" });
        var detail = await admin.GetJsonAsync($"/api/admin/instances/{instanceId}");
        var open = detail!["incidents"]!.AsArray().Single(i => i!["open"]!.GetValue<bool>())!;
        var badPort = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/admin/instances/{instanceId}/incidents/{open["id"]}/skip", new { port = "maybe" });
        var skipped = await admin.PostOkAsync($"/api/admin/instances/{instanceId}/incidents/{open["id"]}/skip", new { port = "none" });
        var after = await admin.GetJsonAsync($"/api/admin/instances/{instanceId}");

        Assert.Equal("check", first["activityId"]!.GetValue<string>());
        Assert.Contains("needs a case", first["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, retried!["openIncidents"]!.GetValue<int>());
        Assert.Contains("resolved already (retried)", stale!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["port"], Fields(badPort));
        Assert.Equal((0, "running"), (skipped!["openIncidents"]!.GetValue<int>(), skipped["status"]!.GetValue<string>()));
        Assert.Equal("visit", Assert.Single(after!["openTasks"]!.AsArray())!["taskType"]!.GetValue<string>());
        Assert.Equal(["retried", "skipped"], after["incidents"]!.AsArray().Select(i => i!["resolution"]!.GetValue<string>()));
        Assert.Contains(after["trace"]!.AsArray(), t => t!["kind"]!.GetValue<string>() == "incident-resolved");
        Assert.Empty((await admin.GetJsonAsync("/api/admin/incidents"))!["items"]!.AsArray());
        var retryAudit = Assert.Single(await AuditAsync("workflow-incident.retry"));
        Assert.Equal(("workflow-instance", instanceId.ToString(), "changed"), (retryAudit.RecordKind, retryAudit.RecordId, retryAudit.Outcome));
        Assert.Equal(["refused", "refused", "changed"], (await AuditAsync("workflow-incident.skip")).Select(a => a.Outcome));
    }

    [Fact]
    public async Task An_incident_on_a_case_instance_is_cancelled_and_audited_with_the_case_id()
    {
        using var triage = await ApiClient.SignInAsync(Host, "triage-north");
        var caseId = (await triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily()))!["caseId"]!.GetValue<Guid>();
        using var admin = await AdminAsync();
        var version = await CreateAndPublishAsync(admin, AdminWorkflows.WaitForReviewDate());
        var instanceId = (await StartAsync("wait-for-review-date", version, caseId)).InstanceId;
        var detail = await admin.GetJsonAsync($"/api/admin/instances/{instanceId}");
        var incidentId = detail!["incidents"]![0]!["id"]!.GetValue<Guid>();

        var cancelled = await admin.PostOkAsync($"/api/admin/instances/{instanceId}/incidents/{incidentId}/cancel", null);

        Assert.Equal(caseId, detail["caseId"]!.GetValue<Guid>());
        Assert.Equal(0, cancelled!["openIncidents"]!.GetValue<int>());
        var audit = Assert.Single(await AuditAsync("workflow-incident.cancel"));
        Assert.Equal((caseId, instanceId.ToString()), (audit.CaseId, audit.RecordId));
        Assert.Equal(caseId, Assert.Single(await AuditAsync(ReadInstanceHandler.Action)).CaseId);
    }

    [Fact]
    public async Task An_instance_is_cancelled_with_a_reason_once()
    {
        using var admin = await AdminAsync();
        var version = await CreateAndPublishAsync(admin, AdminWorkflows.HomeVisit());
        var instanceId = (await StartAsync("home-visit", version)).InstanceId;

        var noReason = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/admin/instances/{instanceId}/cancel", new { reason = " " });
        var cancelled = await admin.PostOkAsync($"/api/admin/instances/{instanceId}/cancel", new { reason = "Started by mistake" });
        await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/admin/instances/{instanceId}/cancel", new { reason = "Again" });
        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/api/admin/instances/{Guid.NewGuid()}/cancel", new { reason = "Unknown" });

        Assert.Equal(["reason"], Fields(noReason));
        Assert.Equal("cancelled", cancelled!["status"]!.GetValue<string>());
        Assert.Equal("cancelled", await Host.QueryAsync(db => db.HumanTasks.Where(t => t.InstanceId == instanceId).Select(t => t.Status).SingleAsync()));
        Assert.Equal(["changed", "refused"], (await AuditAsync(CancelWorkflowInstanceHandler.Action)).Select(a => a.Outcome));
    }

    [Fact]
    public async Task Instances_are_listed_by_status_and_workflow_one_page_at_a_time()
    {
        using var admin = await AdminAsync();
        var version = await CreateAndPublishAsync(admin, AdminWorkflows.HomeVisit());
        var started = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            started.Add((await StartAsync("home-visit", version)).InstanceId);
        }

        var page1 = await admin.GetJsonAsync("/api/admin/instances?definitionId=home-visit&status=running&pageSize=2");
        var page2 = await admin.GetJsonAsync("/api/admin/instances?definitionId=home-visit&status=running&pageSize=2&page=2");
        var completed = await admin.GetJsonAsync("/api/admin/instances?definitionId=home-visit&status=completed");
        var bad = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/api/admin/instances?status=asleep&pageSize=0");

        Assert.Equal(3, page1!["total"]!.GetValue<int>());
        var listed = page1["items"]!.AsArray().Concat(page2!["items"]!.AsArray()).Select(i => i!["id"]!.GetValue<Guid>());
        Assert.Equal(started.Order(), listed.Order());
        Assert.Equal(0, completed!["total"]!.GetValue<int>());
        Assert.Equal(["pageSize", "status"], Fields(bad));
    }

    [Fact]
    public async Task Instances_are_found_by_their_case_reference_or_its_first_digits()
    {
        using var triage = await ApiClient.SignInAsync(Host, "triage-north");
        var created = (await triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily()))!;
        var (caseId, reference) = (created["caseId"]!.GetValue<Guid>(), created["reference"]!.GetValue<string>());
        using var admin = await AdminAsync();

        var byReference = await admin.GetJsonAsync($"/api/admin/instances?caseReference={reference}");
        var byDigits = await admin.GetJsonAsync($"/api/admin/instances?caseReference={reference[3..9].ToLowerInvariant()}");
        var bad = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, "/api/admin/instances?caseReference=EH-XYZ");

        Assert.Equal(caseId, Assert.Single(byReference!["items"]!.AsArray())!["caseId"]!.GetValue<Guid>());
        Assert.Equal(caseId, Assert.Single(byDigits!["items"]!.AsArray())!["caseId"]!.GetValue<Guid>());
        Assert.Equal(["caseReference"], Fields(bad));
    }

    [Fact]
    public async Task A_migration_dry_run_reports_each_instance_and_the_run_moves_them_with_the_migration_record()
    {
        using var admin = await AdminAsync();
        await CreateAndPublishAsync(admin, AdminWorkflows.Review(1));
        var instanceId = (await StartAsync("review", 1)).InstanceId;
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, "/api/admin/workflows/review/draft", AdminWorkflows.Review(2));
        await admin.PostOkAsync("/api/admin/workflows/review/draft/publish", null);
        var map = new Dictionary<string, string> { ["review-a"] = "review-b" };

        var noMap = await admin.PostOkAsync("/api/admin/workflows/review/migrations", new { fromVersion = 1, toVersion = 2, map = new { }, dryRun = true });
        var dryRun = await admin.PostOkAsync("/api/admin/workflows/review/migrations", new { fromVersion = 1, toVersion = 2, map, dryRun = true });
        var versionAfterDryRun = await Host.QueryAsync(db => db.WorkflowInstances.Where(i => i.Id == instanceId).Select(i => i.DefinitionVersion).SingleAsync());
        var missing = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/admin/workflows/review/migrations", new { fromVersion = 1, toVersion = 1, map });
        var run = await admin.PostOkAsync("/api/admin/workflows/review/migrations", new { fromVersion = 1, toVersion = 2, map, dryRun = false, instanceIds = new[] { instanceId }, reason = "Added a closing step" });

        Assert.Equal("blocked", noMap!["instances"]![0]!["verdict"]!.GetValue<string>());
        Assert.Equal("moves", dryRun!["instances"]![0]!["verdict"]!.GetValue<string>());
        Assert.Equal(("review-a", "review-b"), (dryRun["instances"]![0]!["moves"]![0]!["from"]!.GetValue<string>(), dryRun["instances"]![0]!["moves"]![0]!["to"]!.GetValue<string>()));
        Assert.Empty(dryRun["moved"]!.AsArray());
        Assert.Equal(1, versionAfterDryRun);
        Assert.Equal(["dryRun", "toVersion"], Fields(missing));
        Assert.Equal(instanceId, Assert.Single(run!["moved"]!.AsArray())!.GetValue<Guid>());
        var (version, task, record) = await Host.QueryAsync(async db => (
            await db.WorkflowInstances.Where(i => i.Id == instanceId).Select(i => i.DefinitionVersion).SingleAsync(),
            await db.HumanTasks.SingleAsync(t => t.InstanceId == instanceId),
            await db.WorkflowMigrations.SingleAsync()));
        Assert.Equal((2, "review-b"), (version, task.ActivityId));
        Assert.Equal(("admin", "Added a closing step"), (record.ActorId, record.Reason));
        var audits = await AuditAsync(MigrateInstancesHandler.Action);
        Assert.Equal([("workflow-definition", "review/2"), ("workflow-instance", instanceId.ToString())], audits.Select(a => (a.RecordKind, a.RecordId)).Order());
    }
}
