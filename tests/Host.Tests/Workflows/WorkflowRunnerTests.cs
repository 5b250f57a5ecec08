using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Workflows;

/// <summary>Steps saved in one transaction with their tasks, timers and trace, on SQLite and on PostgreSQL.</summary>
public abstract class WorkflowRunnerTests(string provider) : IAsyncLifetime
{
    private static readonly Actor Practitioner = new("lp-1", ActorRole.LeadPractitioner);
    private TestDatabase _database = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _host = TestHost.Start(_database);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Starting_saves_the_instance_its_task_and_its_trace_together()
    {
        var definition = await _host.PublishAsync(TestWorkflows.TaskThenEnd());

        var started = await _host.Runner.StartAsync(definition, null, new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(), Practitioner, CancellationToken.None);

        var (instance, task, trace) = await _host.QueryAsync(async db => (
            await db.WorkflowInstances.SingleAsync(i => i.Id == started.InstanceId),
            await db.HumanTasks.SingleAsync(t => t.InstanceId == started.InstanceId),
            await db.WorkflowTrace.CountAsync(t => t.InstanceId == started.InstanceId)));
        Assert.Equal(("running", 1), (instance.Status, instance.Version));
        Assert.Equal(("visit", "team", "north", TaskStatuses.Open), (task.TaskType, task.AssigneeKind, task.AssigneeValue, task.Status));
        Assert.NotNull(task.DueAt);
        Assert.Equal(started.Trace.Count, trace);
    }

    [Fact]
    public async Task Completing_a_task_closes_it_and_moves_the_instance_on()
    {
        var started = await StartAsync(TestWorkflows.TaskThenEnd());
        var taskId = started.TasksCreated[0].Id;

        var resumed = await _host.Runner.ResumeAsync(started.InstanceId, new TaskCompleted(taskId, "not-home", null, Practitioner), Practitioner, CancellationToken.None);

        Assert.Equal(InstanceStatus.Completed, resumed.Status);
        var task = await _host.QueryAsync(db => db.HumanTasks.SingleAsync(t => t.Id == taskId));
        Assert.Equal((TaskStatuses.Completed, "not-home", Practitioner.UserId), (task.Status, task.Outcome, task.CompletedBy));
    }

    [Fact]
    public async Task A_refused_completion_saves_nothing()
    {
        var started = await StartAsync(TestWorkflows.TaskThenEnd());
        var taskId = started.TasksCreated[0].Id;

        var refused = await _host.Runner.ResumeAsync(started.InstanceId, new TaskCompleted(taskId, "maybe", null, Practitioner), Practitioner, CancellationToken.None);

        Assert.Contains("not an outcome", refused.RefusalReason, StringComparison.Ordinal);
        var (instance, task) = await _host.QueryAsync(async db => (
            await db.WorkflowInstances.SingleAsync(i => i.Id == started.InstanceId),
            await db.HumanTasks.SingleAsync(t => t.Id == taskId)));
        Assert.Equal((1, "running", TaskStatuses.Open), (instance.Version, instance.Status, task.Status));
    }

    [Fact]
    public async Task The_same_event_delivered_twice_advances_the_instance_once()
    {
        var started = await StartAsync(TestWorkflows.WaitForEvent());
        var report = new EventReceived("report-1", "school-report");

        await _host.Runner.ResumeAsync(started.InstanceId, report, Actor.System, CancellationToken.None);
        var again = await _host.Runner.ResumeAsync(started.InstanceId, report, Actor.System, CancellationToken.None);

        Assert.Contains(again.Trace, t => t.Kind == TraceKind.Ignored);
        Assert.Equal(1, await _host.QueryAsync(db => db.HumanTasks.CountAsync(t => t.InstanceId == started.InstanceId)));
    }

    [Fact]
    public async Task The_same_event_delivered_at_once_by_several_callers_advances_the_instance_once()
    {
        var started = await StartAsync(TestWorkflows.WaitForEvent());
        var report = new EventReceived("report-1", "school-report");

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => _host.Runner.ResumeAsync(started.InstanceId, report, Actor.System, CancellationToken.None))));

        var (tasks, received, version) = await _host.QueryAsync(async db => (
            await db.HumanTasks.CountAsync(t => t.InstanceId == started.InstanceId),
            await db.WorkflowTrace.CountAsync(t => t.InstanceId == started.InstanceId && t.Kind == nameof(TraceKind.EventReceived)),
            (await db.WorkflowInstances.SingleAsync(i => i.Id == started.InstanceId)).Version));
        Assert.Equal((1, 1, 7), (tasks, received, version));
    }

    [Fact]
    public async Task An_event_for_an_unknown_instance_is_not_found()
    {
        var result = await _host.Runner.ResumeAsync(Guid.NewGuid(), new EventReceived("e", "x"), Actor.System, CancellationToken.None);

        Assert.False(result.IsFound);
    }

    [Fact]
    public async Task A_timer_fires_through_the_scheduler_and_resumes_its_instance()
    {
        var started = await StartAsync(TestWorkflows.DelayThenTask(seconds: 1));

        await _host.EventuallyAsync(db => db.HumanTasks.AnyAsync(t => t.InstanceId == started.InstanceId), TimeSpan.FromSeconds(30), "the follow-up task");

        var timer = await _host.QueryAsync(db => db.WorkflowTimers.SingleAsync(t => t.InstanceId == started.InstanceId));
        Assert.Equal(TimerStatuses.Fired, timer.Status);
    }

    private async Task<WorkflowStepResult> StartAsync(string json)
    {
        var definition = await _host.PublishAsync(json);
        return await _host.Runner.StartAsync(definition, null, new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(), Practitioner, CancellationToken.None);
    }
}

public sealed class SqliteWorkflowRunnerTests() : WorkflowRunnerTests("sqlite");

public sealed class PostgresWorkflowRunnerTests() : WorkflowRunnerTests("postgresql");
