using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Activities;
using EarlyHelp.Host.Calendar;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Families;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EarlyHelp.Benchmarks;

/// <summary>
/// The triage inbox and the triage decision over HTTP on loopback, against the built Host run as its own process
/// (Kestrel, the real pipeline, demo sign-in), with many open enquiries in the database and concurrent clients.
/// Bounded in count and in time: each phase stops at its count or after two minutes.
/// </summary>
internal static partial class ApiBenchmark
{
    private static readonly TimeSpan PhaseLimit = TimeSpan.FromMinutes(2);

    /// <summary>EARLYHELP_BENCH_VERBOSE=1 shows the Host's output with each SQL command and its time, to see where time goes.</summary>
    private static readonly bool Verbose = Environment.GetEnvironmentVariable("EARLYHELP_BENCH_VERBOSE") == "1";

    public static async Task<int> RunAsync(DatabaseConnection database, int enquiries, int inboxRequests, int decisions, int clients)
    {
        var seeding = Stopwatch.StartNew();
        var caseIds = await SeedAsync(database, enquiries);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {enquiries:N0} open enquiries (each with its referral pathway waiting at triage) in {seeding.Elapsed.TotalSeconds:F1} s"));

        using var host = await HostUnderTest.StartAsync(database, Verbose);
        var signedIn = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => SignInAsync(host.Address)));
        try
        {
            // Warm the Host (JIT, connection pools) before measuring.
            await signedIn[0].GetAsync(new Uri("/api/triage/inbox", UriKind.Relative));

            var random = new Random(20261122);
            var baseline = await MeasureAsync(signedIn, Enumerable.Range(0, Math.Min(inboxRequests, 2000)).ToList(), async (client, _) =>
            {
                using var response = await client.GetAsync(new Uri("/api/me", UriKind.Relative));
                return response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode}";
            });
            Report("who am I (baseline)", baseline, clients);

            var queries = Enumerable.Range(0, inboxRequests).Select(_ => InboxQuery(random)).ToList();
            var inbox = await MeasureAsync(signedIn, queries, async (client, query) =>
            {
                using var response = await client.GetAsync(new Uri(query, UriKind.Relative));
                return response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            });
            Report("triage inbox", inbox, clients);

            var decided = caseIds.OrderBy(_ => random.Next()).Take(decisions).Select((id, i) => (id, i)).ToList();
            var decisionTimes = await MeasureAsync(signedIn, decided, async (client, item) =>
            {
                var body = item.i % 2 == 0
                    ? new { outcome = "early-help", levelOfNeed = "complex", rationale = "Needs a Team Around the Family" }
                    : new { outcome = "signpost", levelOfNeed = "universal", rationale = "Universal services can help" };
                using var response = await client.PostAsJsonAsync(new Uri($"/api/cases/{item.id}/triage-decision", UriKind.Relative), body);
                return response.IsSuccessStatusCode ? null : $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            });
            Report("triage decision", decisionTimes, clients);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"host peak memory    {host.PeakMemoryMegabytes()} MB"));
            return inbox.Failures.IsEmpty && decisionTimes.Failures.IsEmpty ? 0 : 1;
        }
        finally
        {
            foreach (var client in signedIn)
            {
                client.Dispose();
            }
        }
    }

    private static string InboxQuery(Random random) => random.Next(4) switch
    {
        0 => $"/api/triage/inbox?page={random.Next(1, 20)}",
        1 => "/api/triage/inbox?urgency=urgent",
        2 => $"/api/triage/inbox?status=breached&page={random.Next(1, 5)}",
        _ => $"/api/triage/inbox?pageSize=100&page={random.Next(1, 50)}",
    };

    private static async Task<Measured> MeasureAsync<T>(HttpClient[] clients, IReadOnlyList<T> work, Func<HttpClient, T, Task<string?>> send)
    {
        var queue = new ConcurrentQueue<T>(work);
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentBag<string>();
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async client =>
        {
            while (deadline.Elapsed < PhaseLimit && queue.TryDequeue(out var item))
            {
                var one = Stopwatch.StartNew();
                if (await send(client, item) is { } failure)
                {
                    failures.Add(failure);
                }

                latencies.Add(one.Elapsed.TotalMilliseconds);
            }
        }));
        return new Measured([.. latencies.Order()], failures, deadline.Elapsed);
    }

    private static void Report(string what, Measured measured, int clients)
    {
        var sorted = measured.Latencies;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-19} {sorted.Count:N0} requests, {clients} clients, {sorted.Count / measured.Elapsed.TotalSeconds:F0} per second, p50 {Percentile(sorted, 0.50):F1} ms, p99 {Percentile(sorted, 0.99):F1} ms, failures {measured.Failures.Count}"));
        foreach (var failure in measured.Failures.Take(3))
        {
            Console.WriteLine($"  failure: {failure}");
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static async Task<HttpClient> SignInAsync(Uri address)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = address };
        using var response = await client.PostAsJsonAsync(new Uri("/api/sign-in/demo", UriKind.Relative), new { userId = "triage-north" });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>
    /// Open enquiries as the product makes them: a family, a case opened by a triage officer, and the referral
    /// pathway's first step run by the real engine on it. Seeding writes the rows the step runner would, in large
    /// batches around the runner, so that fifty thousand take a minute rather than a quarter of an hour.
    /// </summary>
    private static async Task<List<Guid>> SeedAsync(DatabaseConnection database, int count)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddEarlyHelpPersistence(database);
        services.AddEarlyHelpWorkflows();
        await using var provider = services.BuildServiceProvider();
        await DatabaseSchema.ApplyAsync(provider, CancellationToken.None);
        await provider.GetRequiredService<CalendarStore>().LoadAsync(CancellationToken.None);
        await ShippedWorkflows.LoadAsync(WorkflowServiceExtensions.ShippedFolder(configuration), provider.GetRequiredService<WorkflowDefinitionStore>(), provider.GetRequiredService<ActivityCatalogue>(), CancellationToken.None);
        var pathway = await provider.GetRequiredService<WorkflowDefinitionStore>().FindNewestPublishedAsync(Pathways.Referral, CancellationToken.None)
            ?? throw new InvalidOperationException("The referral pathway did not load.");
        var engine = provider.GetRequiredService<WorkflowEngine>();
        var calendar = provider.GetRequiredService<WorkingDayCalendar>();
        var contexts = provider.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>();
        var officer = new Actor("triage-north", ActorRole.TriageOfficer);
        var random = new Random(7);
        var now = DateTimeOffset.UtcNow;
        var input = new Dictionary<string, JsonNode?>();
        var ids = new List<Guid>(count);
        const int batch = 2000;
        for (var done = 0; done < count; done += batch)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var cases = new CaseStore(db, TimeProvider.System);
            for (var i = 0; i < Math.Min(batch, count - done); i++)
            {
                var family = new Family(Guid.NewGuid(), "north", new Address($"{random.Next(1, 300)} Bench Street", null, "Derby", "DE1 1AA"));
                family.AddMember(new FamilyMember(Guid.NewGuid(), "Parent", $"Family{random.Next(10_000)}", new DateOnly(1985, 1, 1), HouseholdRole.Parent));
                family.AddMember(new FamilyMember(Guid.NewGuid(), "Child", $"Family{random.Next(10_000)}", new DateOnly(2015, 1, 1).AddDays(random.Next(3000)), HouseholdRole.Child));
                db.Families.Add(CaseRows.ToRow(family));
                var receivedAt = now.AddHours(-random.Next(1, 24 * 20));
                var enquiry = new Enquiry(Guid.NewGuid(), new Referrer(AgencyType.School, "Bench Primary", null), receivedAt, ["parenting"],
                    LevelOfNeed.Additional, random.Next(10) == 0 ? Urgency.Urgent : Urgency.Standard, EnquiryConsent.Given);
                var opened = Case.Open(Guid.NewGuid(), new CaseOpened(family.Id, [.. family.Children.Select(c => c.Id)], "north", enquiry, null), officer, now, []).Case!;
                var step = engine.Start(pathway, Guid.CreateVersion7(), opened.Id, input, new StepEnvironment(now, calendar, opened, family, officer));
                if (step.IsRefused || step.TasksCreated.Count == 0 || step.TimersSet.Count > 0)
                {
                    throw new InvalidOperationException($"The referral pathway's first step did not wait at triage as the benchmark expects: {step.RefusalReason}");
                }

                await cases.StageAsync(opened, CancellationToken.None);
                step.Instance.Version = 1;
                db.WorkflowInstances.Add(new WorkflowInstanceRow
                {
                    Id = step.Instance.Id,
                    DefinitionId = pathway.Id,
                    DefinitionVersion = pathway.Version,
                    CaseId = opened.Id,
                    Status = WorkflowRunner.StatusWord(step.Instance.Status),
                    Version = 1,
                    State = WorkflowInstanceJson.Write(step.Instance),
                    StartedAt = now.UtcDateTime,
                    UpdatedAt = now.UtcDateTime,
                });
                db.HumanTasks.AddRange(step.TasksCreated.Select(WorkflowRunner.TaskRow));
                ids.Add(opened.Id);
            }

            await db.SaveChangesAsync();
        }

        return ids;
    }

    private sealed record Measured(List<double> Latencies, ConcurrentBag<string> Failures, TimeSpan Elapsed);
}
