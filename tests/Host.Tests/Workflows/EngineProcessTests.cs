using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Workflows;

/// <summary>Real engine processes on one database: killed mid-step, restarted, and side by side.</summary>
public abstract class EngineProcessTests(string provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly string _folder = Directory.CreateTempSubdirectory("earlyhelp-workflows-").FullName;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await _database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_process_killed_in_the_middle_of_a_step_leaves_the_last_committed_step_and_the_resume_finishes_it_once()
    {
        Guid instanceId;
        await using (var doomed = await EngineNodeProcess.StartAsync(_database))
        {
            instanceId = await StartOneAsync(doomed, TestWorkflows.WaitForEvent());
            Assert.Equal("armed", await doomed.SendAsync("die-before-commit"));

            var exitCode = await doomed.SendAndWaitForDeathAsync($"event {instanceId} report-1 school-report");

            Assert.NotEqual(0, exitCode);
        }

        Assert.Equal((1, 0), await VersionAndTasksAsync(instanceId));
        await using var survivor = await EngineNodeProcess.StartAsync(_database);
        Assert.Equal("stepped Running 2", await survivor.SendAsync($"event {instanceId} report-1 school-report"));
        Assert.Equal("stepped Running 3", await survivor.SendAsync($"event {instanceId} report-1 school-report"));
        Assert.Equal((3, 1), await VersionAndTasksAsync(instanceId));
        Assert.Equal(1, await CountTraceAsync(instanceId, nameof(TraceKind.EventReceived)));
    }

    [Fact]
    public async Task A_timer_set_before_the_process_stops_fires_after_a_new_process_starts()
    {
        Guid instanceId;
        await using (var first = await EngineNodeProcess.StartAsync(_database))
        {
            instanceId = await StartOneAsync(first, TestWorkflows.DelayThenTask(seconds: 3));
        }

        await using var second = await EngineNodeProcess.StartAsync(_database);

        await Eventually.TrueAsync(async () => (await VersionAndTasksAsync(instanceId)).Tasks == 1, TimeSpan.FromSeconds(60), "the follow-up task in the new process");
        Assert.Equal(1, await CountTraceAsync(instanceId, nameof(TraceKind.TimerFired)));
    }

    private protected async Task<Guid> StartOneAsync(EngineNodeProcess node, string json) => (await StartManyAsync(node, json, 1))[0];

    private protected async Task<IReadOnlyList<Guid>> StartManyAsync(EngineNodeProcess node, string json, int count)
    {
        var file = Path.Combine(_folder, $"{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        var (definition, _) = EarlyHelp.Workflows.Definitions.WorkflowDefinitionJson.Read(json);
        await node.SendAsync($"publish {file}");
        var started = await node.SendAsync($"start {definition!.Id} {count}");
        Assert.StartsWith("started ", started, StringComparison.Ordinal);
        return [.. started["started ".Length..].Split(' ').Select(Guid.Parse)];
    }

    private protected async Task<(int Version, int Tasks)> VersionAndTasksAsync(Guid instanceId)
    {
        await using var db = _database.NewContext();
        return ((await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId)).Version, await db.HumanTasks.CountAsync(t => t.InstanceId == instanceId));
    }

    private protected async Task<int> CountTraceAsync(Guid instanceId, string kind)
    {
        await using var db = _database.NewContext();
        return await db.WorkflowTrace.CountAsync(t => t.InstanceId == instanceId && t.Kind == kind);
    }

    private protected TestDatabase Database => _database;
}

public sealed class SqliteEngineProcessTests() : EngineProcessTests("sqlite");

/// <summary>On PostgreSQL the engine scales out: several processes, Quartz clustered, each step once.</summary>
public sealed class PostgresEngineProcessTests() : EngineProcessTests("postgresql")
{
    [Fact]
    public async Task Two_engine_processes_fire_each_of_1000_timers_exactly_once()
    {
        await using var first = await EngineNodeProcess.StartAsync(Database);
        await using var second = await EngineNodeProcess.StartAsync(Database);
        var workflow = TestWorkflows.DelayThenTask(seconds: 5, id: "scale-out-delay");

        var started = await Task.WhenAll(StartManyAsync(first, workflow, 500), StartManyAsync(second, workflow, 500));

        var instances = started.SelectMany(ids => ids).ToList();
        Assert.Equal(1000, instances.Distinct().Count());
        await Eventually.TrueAsync(async () => await CountAsync(db => db.HumanTasks.CountAsync()) >= 1000, TimeSpan.FromSeconds(120), "1000 follow-up tasks");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(1000, await CountAsync(db => db.HumanTasks.CountAsync()));
        Assert.Equal(1000, await CountAsync(db => db.WorkflowTimers.CountAsync(t => t.Status == TimerStatuses.Fired)));
        Assert.Equal(1000, await CountAsync(db => db.WorkflowTrace.CountAsync(t => t.Kind == nameof(TraceKind.TimerFired))));
        Assert.Equal(0, await CountAsync(db => db.WorkflowTrace.CountAsync(t => t.Kind == nameof(TraceKind.Ignored))));
    }

    [Fact]
    public async Task The_same_event_delivered_to_both_processes_advances_its_instance_once()
    {
        await using var first = await EngineNodeProcess.StartAsync(Database);
        await using var second = await EngineNodeProcess.StartAsync(Database);
        var instances = await StartManyAsync(first, TestWorkflows.WaitForEvent(), 20);

        foreach (var instanceId in instances)
        {
            var command = $"event {instanceId} report-{instanceId:N} school-report";
            var replies = await Task.WhenAll(first.SendAsync(command), second.SendAsync(command));
            Assert.All(replies, reply => Assert.StartsWith("stepped Running", reply, StringComparison.Ordinal));
        }

        foreach (var instanceId in instances)
        {
            Assert.Equal((3, 1), await VersionAndTasksAsync(instanceId));
            Assert.Equal(1, await CountTraceAsync(instanceId, nameof(TraceKind.EventReceived)));
        }
    }

    private async Task<int> CountAsync(Func<EarlyHelpDbContext, Task<int>> count)
    {
        await using var db = Database.NewContext();
        return await count(db);
    }
}
