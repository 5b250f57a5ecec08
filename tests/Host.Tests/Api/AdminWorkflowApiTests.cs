using System.Net;
using EarlyHelp.Host.Admin;
using EarlyHelp.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>Workflow definitions through the administrators' API: drafts, validation, publishing, versions, diff, export and import.</summary>
public sealed class AdminWorkflowApiTests : AdminApiTest
{
    [Fact]
    public async Task A_draft_is_published_a_second_version_follows_as_a_draft_and_the_diff_shows_what_changed()
    {
        using var admin = await AdminAsync();

        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/admin/workflows", AdminWorkflows.HomeVisit());
        var first = await admin.PostOkAsync("/api/admin/workflows/home-visit/draft/publish", null);
        // Sent back as the designer opened it, published; the address says it is the draft.
        var edited = AdminWorkflows.HomeVisit(title: "Visit the family at home").Replace("\"draft\"", "\"published\"", StringComparison.Ordinal);
        var draft = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, "/api/admin/workflows/home-visit/draft", edited);
        var second = await admin.PostOkAsync("/api/admin/workflows/home-visit/draft/publish", null);
        var diff = await admin.GetJsonAsync("/api/admin/workflows/home-visit/diff?from=1&to=2");
        var list = await admin.GetJsonAsync("/api/admin/workflows");
        var version1 = await admin.GetJsonAsync("/api/admin/workflows/home-visit/versions/1");

        Assert.Equal((1, "draft", true), (created!["version"]!.GetValue<int>(), created["status"]!.GetValue<string>(), created["valid"]!.GetValue<bool>()));
        Assert.Equal((1, "published"), (first!["version"]!.GetValue<int>(), first["status"]!.GetValue<string>()));
        Assert.Equal((2, "draft"), (draft!["version"]!.GetValue<int>(), draft["status"]!.GetValue<string>()));
        Assert.Equal((2, "published"), (second!["version"]!.GetValue<int>(), second["status"]!.GetValue<string>()));
        var changed = Assert.Single(diff!["activitiesChanged"]!.AsArray());
        Assert.Equal("visit", changed!["activityId"]!.GetValue<string>());
        Assert.True(diff["changesBehaviour"]!.GetValue<bool>());
        var workflow = list!.AsArray().Single(w => w!["id"]!.GetValue<string>() == "home-visit")!;
        Assert.Equal(2, workflow["published"]!.GetValue<int>());
        Assert.Equal(["published", "published"], workflow["versions"]!.AsArray().Select(v => v!["status"]!.GetValue<string>()));
        Assert.Equal("Visit the family", version1!["activities"]![1]!["inputs"]!["title"]!.GetValue<string>());
        Assert.Equal(["home-visit/1"], (await AuditAsync(CreateWorkflowHandler.Action)).Select(a => a.RecordId));
        Assert.Equal(["home-visit/2"], (await AuditAsync(SaveDraftHandler.Action)).Select(a => a.RecordId));
        Assert.Equal(["home-visit/1", "home-visit/2"], (await AuditAsync(PublishDraftHandler.Action)).Select(a => a.RecordId));
    }

    [Fact]
    public async Task Validating_an_invalid_definition_reports_each_problem_with_its_code_and_stores_nothing()
    {
        using var admin = await AdminAsync();

        var invalid = await admin.PostOkAsync("/api/admin/workflows/validate", AdminWorkflows.Dangling());
        var unreadable = await admin.PostOkAsync("/api/admin/workflows/validate", "{ \"id\": ");
        var valid = await admin.PostOkAsync("/api/admin/workflows/validate", AdminWorkflows.HomeVisit());

        Assert.False(invalid!["valid"]!.GetValue<bool>());
        Assert.Contains(ValidationCodes.DanglingConnection, Codes(invalid));
        Assert.Equal([ValidationCodes.MalformedJson], Codes(unreadable));
        Assert.True(valid!["valid"]!.GetValue<bool>());
        Assert.False(await Host.QueryAsync(db => db.WorkflowDefinitions.AnyAsync(d => d.Id == "dangling" || d.Id == "home-visit")));
    }

    [Fact]
    public async Task Publishing_an_invalid_draft_is_refused_with_the_report_and_it_stays_a_draft_unchanged()
    {
        using var admin = await AdminAsync();
        var saved = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/admin/workflows", AdminWorkflows.Dangling());
        var before = await Host.QueryAsync(db => db.WorkflowDefinitions.AsNoTracking().SingleAsync(d => d.Id == "dangling"));

        var refused = await admin.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, "/api/admin/workflows/dangling/draft/publish");

        Assert.False(saved!["valid"]!.GetValue<bool>());
        Assert.Contains(ValidationCodes.DanglingConnection, Codes(saved));
        Assert.Contains(ValidationCodes.DanglingConnection, Codes(refused));
        var after = await Host.QueryAsync(db => db.WorkflowDefinitions.AsNoTracking().SingleAsync(d => d.Id == "dangling"));
        Assert.Equal(("draft", before.Json, null), (after.Status, after.Json, after.PublishedAt));
        Assert.Equal("refused", Assert.Single(await AuditAsync(PublishDraftHandler.Action)).Outcome);
    }

    [Fact]
    public async Task A_body_that_is_not_a_definition_is_refused_with_the_report_naming_where_and_nothing_is_stored()
    {
        using var admin = await AdminAsync();

        var refused = await admin.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, "/api/admin/workflows",
            """{ "id": "broken", "name": "Broken", "version": 1, "status": "draft", "activities": [ { "id": "start", "typeVersion": 1 } ] }""");
        var badId = await admin.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, "/api/admin/workflows", AdminWorkflows.HomeVisit(id: "home visit"));

        var issue = Assert.Single(refused!["issues"]!.AsArray())!;
        Assert.Equal((ValidationCodes.MalformedDefinition, "$.activities[0]"), (issue["code"]!.GetValue<string>(), issue["path"]!.GetValue<string>()));
        Assert.Equal([ValidationCodes.InvalidId], Codes(badId));
        Assert.Equal(0, await Host.QueryAsync(db => db.WorkflowDefinitions.CountAsync(d => d.Id == "broken" || d.Id == "home visit")));
    }

    [Fact]
    public async Task A_workflow_id_in_use_is_not_created_again_and_a_draft_for_another_id_is_refused_naming_the_id()
    {
        using var admin = await AdminAsync();
        await CreateAndPublishAsync(admin, AdminWorkflows.HomeVisit());

        await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/admin/workflows", AdminWorkflows.HomeVisit());
        var otherId = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, "/api/admin/workflows/home-visit/draft", AdminWorkflows.HomeVisit(id: "other"));
        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Put, "/api/admin/workflows/nothing-here/draft", AdminWorkflows.HomeVisit(id: "nothing-here"));

        Assert.Equal(["id"], Fields(otherId));
        Assert.Equal(1, await Host.QueryAsync(db => db.WorkflowDefinitions.CountAsync(d => d.Id == "home-visit")));
        Assert.Equal(["changed", "refused"], (await AuditAsync(CreateWorkflowHandler.Action)).Select(a => a.Outcome));
    }

    [Fact]
    public async Task An_exported_version_imports_as_the_next_draft_with_the_same_definition()
    {
        using var admin = await AdminAsync();
        await CreateAndPublishAsync(admin, AdminWorkflows.HomeVisit());

        using var export = await admin.SendAsync(HttpMethod.Get, "/api/admin/workflows/home-visit/versions/1/export", null);
        var file = await export.Content.ReadAsStringAsync();
        var imported = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/admin/workflows/import", file);
        var again = await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/admin/workflows/import", file);
        var newWorkflow = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/admin/workflows/import", file.Replace("\"home-visit\"", "\"home-visit-copy\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal("home-visit.v1.json", export.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal((2, "draft"), (imported!["version"]!.GetValue<int>(), imported["status"]!.GetValue<string>()));
        Assert.Contains("draft already", again!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(("home-visit-copy", 1), (newWorkflow!["id"]!.GetValue<string>(), newWorkflow["version"]!.GetValue<int>()));
        var (version1, version2) = await Host.QueryAsync(async db => (
            await db.WorkflowDefinitions.AsNoTracking().SingleAsync(d => d.Id == "home-visit" && d.Version == 1),
            await db.WorkflowDefinitions.AsNoTracking().SingleAsync(d => d.Id == "home-visit" && d.Version == 2)));
        var exported = WorkflowDefinitionJson.Read(version1.Json).Definition!;
        Assert.Equal(WorkflowDefinitionJson.Write(exported with { Version = 2, Status = DefinitionStatus.Draft }), version2.Json);
        Assert.Equal(["home-visit/2", "home-visit", "home-visit-copy/1"], (await AuditAsync(ImportWorkflowHandler.Action)).Select(a => a.RecordId));
    }
}
