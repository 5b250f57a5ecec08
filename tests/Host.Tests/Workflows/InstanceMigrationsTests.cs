using System.Text.Json.Nodes;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EarlyHelp.Host.Tests.Workflows;

/// <summary>Moving running instances to a new version: a dry run, then the move with its tasks and an audit record.</summary>
public abstract class InstanceMigrationsTests(string provider) : IAsyncLifetime
{
    private static readonly Actor Administrator = new("admin-1", ActorRole.Administrator);
    private static readonly Dictionary<string, string> Map = new() { ["review-a"] = "review-b" };
    private TestDatabase _database = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _host = TestHost.Start(_database);
        await _host.PublishAsync(Version(1, """{ "id": "review-a", "type": "flow/human-task", "typeVersion": 1, "inputs": { "taskType": "review", "title": "Review", "assignee": { "team": "north" } } }""", "review-a", []));
        await _host.PublishAsync(Version(2, """
            { "id": "review-b", "type": "flow/human-task", "typeVersion": 1, "inputs": { "taskType": "review", "title": "Review", "assignee": { "team": "north" } } },
            { "id": "close", "type": "flow/human-task", "typeVersion": 1, "inputs": { "taskType": "close", "title": "Close", "assignee": { "team": "north" } } }
            """, "review-b", ["""{ "from": "review-b", "port": "done", "to": "close" }"""]));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_dry_run_reports_each_instance_and_changes_nothing()
    {
        var started = await StartOnVersion1Async();

        var dryRun = await Migrations.DryRunAsync("review", 1, 2, new Dictionary<string, string>(), CancellationToken.None);

        var blocked = Assert.Single(dryRun!.Blocked);
        Assert.Equal(started.InstanceId, blocked.InstanceId);
        Assert.Contains("review-a", dryRun.ToText(), StringComparison.Ordinal);
        Assert.Equal(1, await _host.QueryAsync(db => db.WorkflowInstances.Where(i => i.Id == started.InstanceId).Select(i => i.DefinitionVersion).SingleAsync()));
    }

    [Fact]
    public async Task Moving_an_instance_renames_its_waiting_task_records_who_moved_it_and_it_carries_on_in_the_new_version()
    {
        var started = await StartOnVersion1Async();
        var taskId = started.TasksCreated[0].Id;

        var (_, record) = await Migrations.ApplyAsync("review", 1, 2, Map, Administrator, "Added a closing step", CancellationToken.None);

        Assert.Equal([started.InstanceId], record!.InstanceIds);
        var (version, task, audit) = await _host.QueryAsync(async db => (
            await db.WorkflowInstances.Where(i => i.Id == started.InstanceId).Select(i => i.DefinitionVersion).SingleAsync(),
            await db.HumanTasks.SingleAsync(t => t.Id == taskId),
            await db.WorkflowMigrations.SingleAsync()));
        Assert.Equal((2, "review-b"), (version, task.ActivityId));
        Assert.Equal(("admin-1", "administrator", "Added a closing step"), (audit.ActorId, audit.ActorRole, audit.Reason));
        var resumed = await _host.Runner.ResumeAsync(started.InstanceId, new TaskCompleted(taskId, "done", null, Administrator), Administrator, CancellationToken.None);
        Assert.Equal("close", Assert.Single(resumed.TasksCreated).ActivityId);
    }

    [Fact]
    public async Task An_instance_that_cannot_move_stays_on_its_version_and_no_record_is_written()
    {
        var started = await StartOnVersion1Async();

        var (dryRun, record) = await Migrations.ApplyAsync("review", 1, 2, new Dictionary<string, string>(), Administrator, null, CancellationToken.None);

        Assert.Null(record);
        Assert.Single(dryRun!.Blocked);
        Assert.Equal((1, 0), await _host.QueryAsync(async db => (
            await db.WorkflowInstances.Where(i => i.Id == started.InstanceId).Select(i => i.DefinitionVersion).SingleAsync(),
            await db.WorkflowMigrations.CountAsync())));
    }

    private InstanceMigrations Migrations => _host.Services.GetRequiredService<InstanceMigrations>();

    private async Task<WorkflowStepResult> StartOnVersion1Async()
    {
        var version1 = (await _host.Services.GetRequiredService<WorkflowDefinitionStore>().FindAsync("review", 1, CancellationToken.None))!;
        return await _host.Runner.StartAsync(version1, null, new Dictionary<string, JsonNode?>(), Administrator, CancellationToken.None);
    }

    private static string Version(int version, string activities, string first, IReadOnlyList<string> connections) => $$"""
        { "id": "review", "name": "Review", "version": {{version}}, "status": "published",
          "activities": [ { "id": "start", "type": "flow/start", "typeVersion": 1 }, {{activities}} ],
          "connections": [ { "from": "start", "port": "next", "to": "{{first}}" }{{string.Concat(connections.Select(c => ", " + c))}} ] }
        """;
}

public sealed class SqliteInstanceMigrationsTests() : InstanceMigrationsTests("sqlite");

public sealed class PostgresInstanceMigrationsTests() : InstanceMigrationsTests("postgresql");
