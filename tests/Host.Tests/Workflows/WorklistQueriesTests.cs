using System.Text.Json.Nodes;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace EarlyHelp.Host.Tests.Workflows;

/// <summary>A worklist holds the open tasks for the person, their teams and their roles, soonest due first.</summary>
public abstract class WorklistQueriesTests(string provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _host = TestHost.Start(_database);
        await StartTaskAsync("for-me", """{ "person": "lp-1" }""", """{ "workingDays": 10 }""");
        await StartTaskAsync("for-my-team", """{ "team": "north" }""", """{ "workingDays": 2 }""");
        await StartTaskAsync("for-my-role", """{ "role": "lead-practitioner" }""", null);
        await StartTaskAsync("for-another-team", """{ "team": "south" }""", """{ "workingDays": 1 }""");
        await StartTaskAsync("for-someone-else", """{ "person": "lp-2" }""", """{ "workingDays": 1 }""");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_worklist_holds_the_persons_their_teams_and_their_roles_tasks_soonest_due_first()
    {
        var items = await Worklists.OpenTasksAsync(new WorklistFilter("lp-1", ["north"], ["lead-practitioner"]), 0, 50, CancellationToken.None);

        Assert.Equal(["for-my-team", "for-me", "for-my-role"], items.Select(i => i.TaskType));
    }

    [Fact]
    public async Task A_worklist_pages()
    {
        var filter = new WorklistFilter("lp-1", ["north"], ["lead-practitioner"]);

        var second = await Worklists.OpenTasksAsync(filter, 1, 1, CancellationToken.None);

        Assert.Equal("for-me", Assert.Single(second).TaskType);
    }

    [Fact]
    public async Task A_worklist_can_hold_one_type_of_task()
    {
        var items = await Worklists.OpenTasksAsync(new WorklistFilter("lp-1", ["north", "south"], [], "for-another-team"), 0, 50, CancellationToken.None);

        Assert.Equal("for-another-team", Assert.Single(items).TaskType);
    }

    private WorklistQueries Worklists => _host.Services.GetRequiredService<WorklistQueries>();

    private async Task StartTaskAsync(string taskType, string assignee, string? due)
    {
        var definition = await _host.PublishAsync($$"""
            { "id": "{{taskType}}", "name": "Task", "version": 1, "status": "published",
              "activities": [
                { "id": "start", "type": "flow/start", "typeVersion": 1 },
                { "id": "task", "type": "flow/human-task", "typeVersion": 1,
                  "inputs": { "taskType": "{{taskType}}", "title": "A task", "assignee": {{assignee}}{{(due is null ? "" : $", \"due\": {due}")}} } } ],
              "connections": [ { "from": "start", "port": "next", "to": "task" } ] }
            """);
        await _host.Runner.StartAsync(definition, null, new Dictionary<string, JsonNode?>(), Actor.System, CancellationToken.None);
    }
}

public sealed class SqliteWorklistQueriesTests() : WorklistQueriesTests("sqlite");

public sealed class PostgresWorklistQueriesTests() : WorklistQueriesTests("postgresql");
