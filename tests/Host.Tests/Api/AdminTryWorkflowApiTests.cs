using System.Net;
using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>"Try it": the designer runs a definition against a scenario with a fake clock, in the Host, storing nothing.</summary>
public sealed class AdminTryWorkflowApiTests : AdminApiTest
{
    private const string CompleteTheVisit = """
        { "start": "2026-04-01T09:00:00Z",
          "steps": [ { "at": "2026-04-02T10:00:00Z", "complete": "visit", "outcome": "done" } ] }
        """;

    [Fact]
    public async Task Trying_a_definition_that_is_not_saved_answers_its_trace_and_stores_nothing()
    {
        using var admin = await AdminAsync();
        var before = await CountsAsync();

        var tried = await admin.PostOkAsync("/api/admin/workflows/home-visit/try", Body(AdminWorkflows.HomeVisit(), CompleteTheVisit));

        var kinds = tried!["trace"]!.AsArray().Select(t => t!["kind"]!.GetValue<string>()).ToList();
        Assert.Equal("instance-started", kinds[0]);
        Assert.Contains("task-created", kinds);
        Assert.Contains("task-completed", kinds);
        Assert.Equal("completed", tried["instanceStatus"]!.GetValue<string>());
        Assert.Empty(tried["openTasks"]!.AsArray());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_task_still_open_at_the_end_is_listed_with_its_outcomes()
    {
        using var admin = await AdminAsync();

        var tried = await admin.PostOkAsync("/api/admin/workflows/home-visit/try", Body(AdminWorkflows.HomeVisit(), """{ "start": "2026-04-01T09:00:00Z" }"""));

        var task = Assert.Single(tried!["openTasks"]!.AsArray())!;
        Assert.Equal(("visit", "running"), (task["activityId"]!.GetValue<string>(), tried["instanceStatus"]!.GetValue<string>()));
        Assert.Equal(["done", "not-home"], task["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()));
    }

    [Fact]
    public async Task Trying_a_definition_with_problems_is_refused_with_its_report()
    {
        using var admin = await AdminAsync();

        var refused = await admin.ExpectAsync(HttpStatusCode.UnprocessableEntity, HttpMethod.Post, "/api/admin/workflows/dangling/try", Body(AdminWorkflows.Dangling(), CompleteTheVisit));

        Assert.Contains(ValidationCodes.DanglingConnection, Codes(refused));
    }

    [Fact]
    public async Task A_scenario_that_cannot_be_read_is_refused_naming_the_scenario_and_why()
    {
        using var admin = await AdminAsync();

        var refused = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/admin/workflows/home-visit/try", Body(AdminWorkflows.HomeVisit(), """{ "steps": [] }"""));

        Assert.Equal(["scenario"], Fields(refused));
        Assert.Contains("$.start", refused!["errors"]!["scenario"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_definition_of_another_workflow_than_the_address_names_is_refused()
    {
        using var admin = await AdminAsync();

        var refused = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/admin/workflows/other/try", Body(AdminWorkflows.HomeVisit(), CompleteTheVisit));

        Assert.Equal(["definition.id"], Fields(refused));
    }

    private static JsonObject Body(string definition, string scenario) => new()
    {
        ["definition"] = JsonNode.Parse(definition),
        ["scenario"] = JsonNode.Parse(scenario),
    };

    private Task<string> CountsAsync() => Host.QueryAsync(async db => string.Join(' ',
        await db.WorkflowDefinitions.CountAsync(), await db.WorkflowInstances.CountAsync(), await db.HumanTasks.CountAsync(),
        await db.WorkflowTimers.CountAsync(), await db.Cases.CountAsync()));
}
