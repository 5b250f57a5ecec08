using System.Text.Json.Nodes;
using EarlyHelp.Host.Scheduling;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace EarlyHelp.Host.Tests.Workflows;

/// <summary>Timers survive the host: they are rows in our tables, and Quartz's persistent store is rebuilt from them.</summary>
public sealed class DurableTimerTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("sqlite");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_timer_set_before_the_host_stops_fires_after_it_starts_again()
    {
        Guid instanceId;
        await using (var first = TestHost.Start(_database))
        {
            var definition = await first.PublishAsync(TestWorkflows.DelayThenTask(seconds: 2));
            instanceId = (await first.Runner.StartAsync(definition, null, new Dictionary<string, JsonNode?>(), Actor.System, CancellationToken.None)).InstanceId;
        }

        await using var second = TestHost.Start(_database);

        await second.EventuallyAsync(db => db.HumanTasks.AnyAsync(t => t.InstanceId == instanceId), TimeSpan.FromSeconds(30), "the follow-up task after the restart");
        Assert.Equal(1, await second.QueryAsync(db => db.HumanTasks.CountAsync(t => t.InstanceId == instanceId)));
    }

    [Fact]
    public async Task Reconciliation_gives_a_pending_timer_its_trigger_back()
    {
        await using var host = TestHost.Start(_database);
        var definition = await host.PublishAsync(TestWorkflows.DelayThenTask(seconds: 3600));
        var started = await host.Runner.StartAsync(definition, null, new Dictionary<string, JsonNode?>(), Actor.System, CancellationToken.None);
        var timerId = await host.QueryAsync(db => db.WorkflowTimers.Where(t => t.InstanceId == started.InstanceId).Select(t => t.Id).SingleAsync());
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.UnscheduleJob(SchedulingKeys.TimerTrigger(timerId));

        var rescheduled = await host.Services.GetRequiredService<TimerReconciliation>().RunAsync(CancellationToken.None);

        Assert.Equal(1, rescheduled);
        Assert.True(await scheduler.Exists(SchedulingKeys.TimerTrigger(timerId)));
    }

    [Fact]
    public async Task The_nightly_reconciliation_job_gives_a_lost_trigger_back()
    {
        await using var host = TestHost.Start(_database);
        var definition = await host.PublishAsync(TestWorkflows.DelayThenTask(seconds: 3600));
        var started = await host.Runner.StartAsync(definition, null, new Dictionary<string, JsonNode?>(), Actor.System, CancellationToken.None);
        var timerId = await host.QueryAsync(db => db.WorkflowTimers.Where(t => t.InstanceId == started.InstanceId).Select(t => t.Id).SingleAsync());
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.UnscheduleJob(SchedulingKeys.TimerTrigger(timerId));

        await scheduler.TriggerJob(SchedulingKeys.DailyReconciliationJob, new JobDataMap());

        await Eventually.TrueAsync(async () => await scheduler.Exists(SchedulingKeys.TimerTrigger(timerId)), TimeSpan.FromSeconds(30), "the timer's trigger");
    }

    [Fact]
    public async Task Reconciling_twice_still_fires_the_timer_once()
    {
        await using var host = TestHost.Start(_database);
        var definition = await host.PublishAsync(TestWorkflows.DelayThenTask(seconds: 2));
        var started = await host.Runner.StartAsync(definition, null, new Dictionary<string, JsonNode?>(), Actor.System, CancellationToken.None);
        var reconciliation = host.Services.GetRequiredService<TimerReconciliation>();

        await reconciliation.RunAsync(CancellationToken.None);
        await reconciliation.RunAsync(CancellationToken.None);

        await host.EventuallyAsync(db => db.HumanTasks.AnyAsync(t => t.InstanceId == started.InstanceId), TimeSpan.FromSeconds(30), "the follow-up task");
        await Task.Delay(TimeSpan.FromSeconds(1));
        var (tasks, fired) = await host.QueryAsync(async db => (
            await db.HumanTasks.CountAsync(t => t.InstanceId == started.InstanceId),
            await db.WorkflowTrace.CountAsync(t => t.InstanceId == started.InstanceId && t.Kind == "TimerFired")));
        Assert.Equal((1, 1), (tasks, fired));
    }
}
