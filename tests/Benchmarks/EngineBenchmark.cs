using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Ports;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EarlyHelp.Benchmarks;

/// <summary>
/// Instance starts per second, persisted resumes per second (a complete step, committed) and resume latency
/// with many instances waiting in the database, through the real step runner on SQLite or PostgreSQL.
/// </summary>
internal static class EngineBenchmark
{
    private const string Workflow = """
        { "id": "benchmark-wait", "name": "Benchmark", "version": 1, "status": "published",
          "activities": [
            { "id": "start", "type": "flow/start", "typeVersion": 1 },
            { "id": "report", "type": "flow/wait-for-event", "typeVersion": 1, "inputs": { "event": "school-report" } },
            { "id": "read", "type": "flow/human-task", "typeVersion": 1,
              "inputs": { "taskType": "read-report", "title": "Read the report", "assignee": { "team": "north" }, "due": { "workingDays": 5 } } }
          ],
          "connections": [ { "from": "start", "port": "next", "to": "report" }, { "from": "report", "port": "received", "to": "read" } ] }
        """;

    public static async Task<int> RunAsync(DatabaseConnection database, int waiting, int starts, int resumes)
    {
        await using var services = Services(database);
        await using (var db = await services.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>().CreateDbContextAsync())
        {
            await DatabaseSchema.ApplyAsync(db, targetVersion: null, CancellationToken.None);
        }

        var (definition, _) = WorkflowDefinitionJson.Read(Workflow);
        await services.GetRequiredService<WorkflowDefinitionStore>().AddAsync(definition!, CancellationToken.None);
        var runner = services.GetRequiredService<WorkflowRunner>();

        var seeding = Stopwatch.StartNew();
        var seeded = await SeedAsync(services, definition!, waiting);
        Console.WriteLine($"seeded {waiting:N0} waiting instances in {seeding.Elapsed.TotalSeconds:F1} s");

        var input = new Dictionary<string, JsonNode?>();
        var started = Stopwatch.StartNew();
        for (var i = 0; i < starts; i++)
        {
            await runner.StartAsync(definition!, null, input, Actor.System, CancellationToken.None);
        }

        var startRate = starts / started.Elapsed.TotalSeconds;
        var random = new Random(20261122);
        var targets = seeded.OrderBy(_ => random.Next()).Take(resumes).ToList();
        var latencies = new List<double>(targets.Count);
        var resumed = Stopwatch.StartNew();
        foreach (var instanceId in targets)
        {
            var one = Stopwatch.StartNew();
            var result = await runner.ResumeAsync(instanceId, new EventReceived($"report-{instanceId:N}", "school-report"), Actor.System, CancellationToken.None);
            latencies.Add(one.Elapsed.TotalMilliseconds);
            if (result.Status != InstanceStatus.Running || result.TasksCreated.Count != 1)
            {
                throw new InvalidOperationException($"Instance {instanceId} did not take its step.");
            }
        }

        var resumeRate = targets.Count / resumed.Elapsed.TotalSeconds;
        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"provider            {database.Provider}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"waiting instances   {waiting:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"starts              {starts:N0} at {startRate:F0} per second"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resumes             {targets.Count:N0} at {resumeRate:F0} per second"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resume latency      p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory         {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
        return 0;
    }

    private static async Task<List<Guid>> SeedAsync(IServiceProvider services, WorkflowDefinition definition, int count)
    {
        // Seeding goes around the runner in large batches: it only has to put waiting instances in place.
        var engine = services.GetRequiredService<WorkflowEngine>();
        var calendar = services.GetRequiredService<WorkingDayCalendar>();
        var contexts = services.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>();
        var ids = new List<Guid>(count);
        var input = new Dictionary<string, JsonNode?>();
        const int batch = 2000;
        for (var done = 0; done < count; done += batch)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < Math.Min(batch, count - done); i++)
            {
                var outcome = engine.Start(definition, Guid.CreateVersion7(), null, input, new StepEnvironment(DateTimeOffset.UtcNow, calendar, null, null, Actor.System));
                outcome.Instance.Version = 1;
                db.WorkflowInstances.Add(new WorkflowInstanceRow
                {
                    Id = outcome.Instance.Id,
                    DefinitionId = definition.Id,
                    DefinitionVersion = definition.Version,
                    Status = "running",
                    Version = 1,
                    State = WorkflowInstanceJson.Write(outcome.Instance),
                    StartedAt = outcome.Instance.StartedAt.UtcDateTime,
                    UpdatedAt = outcome.Instance.StartedAt.UtcDateTime,
                });
                ids.Add(outcome.Instance.Id);
            }

            await db.SaveChangesAsync();
        }

        return ids;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static ServiceProvider Services(DatabaseConnection database)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddEarlyHelpPersistence(database);
        services.AddEarlyHelpWorkflows();
        services.AddSingleton<ITimerScheduler, NoTimers>();
        return services.BuildServiceProvider();
    }

    /// <summary>The benchmark's workflow sets no timers; a call here would mean it measures something else.</summary>
    private sealed class NoTimers : ITimerScheduler
    {
        public Task ScheduleAsync(IReadOnlyCollection<TimerRequest> timers, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The engine benchmark's workflow sets no timers.");

        public Task CancelAsync(IReadOnlyCollection<Guid> timerIds, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
