using System.Diagnostics;
using System.Globalization;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Host.Timeliness;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Host.Notifications;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Families;
using EarlyHelp.Workflows.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EarlyHelp.Benchmarks;

/// <summary>The daily timeliness check over many open cases, loading included, through the real check on SQLite or PostgreSQL.</summary>
internal static class TimelinessBenchmark
{
    public static async Task<int> RunAsync(DatabaseConnection database, int cases)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Teams:north:Managers:0"] = "tm-1" }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddEarlyHelpPersistence(database);
        services.AddEarlyHelpWorkflows();
        services.AddEarlyHelpNotifications(configuration);
        services.AddSingleton(EarlyHelp.Workflows.Deadlines.Timescales.Default);
        services.AddSingleton<TeamDirectory>();
        services.AddSingleton<TimelinessCheck>();
        await using var provider = services.BuildServiceProvider();
        await using (var db = await provider.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>().CreateDbContextAsync())
        {
            await DatabaseSchema.ApplyAsync(db, targetVersion: null, CancellationToken.None);
        }

        var seeding = Stopwatch.StartNew();
        await SeedAsync(provider.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>(), cases);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {cases:N0} open cases in {seeding.Elapsed.TotalSeconds:F1} s"));

        var check = provider.GetRequiredService<TimelinessCheck>();
        var now = new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);
        // Processor time beside the elapsed time: on a machine shared with other work, elapsed time alone says
        // as much about the neighbours as about the check.
        var process = Process.GetCurrentProcess();
        var firstCpu = process.TotalProcessorTime;
        var first = Stopwatch.StartNew();
        var run = await check.RunAsync(now, CancellationToken.None);
        first.Stop();
        process.Refresh();
        firstCpu = process.TotalProcessorTime - firstCpu;
        var secondCpu = process.TotalProcessorTime;
        var second = Stopwatch.StartNew();
        var again = await check.RunAsync(now.AddDays(1), CancellationToken.None);
        second.Stop();
        process.Refresh();
        secondCpu = process.TotalProcessorTime - secondCpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"provider            {database.Provider}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first check         {first.Elapsed.TotalSeconds:F1} s ({firstCpu.TotalSeconds:F1} s of processor time): {run.CasesRebuilt:N0} cases rebuilt, {run.DeadlinesChecked:N0} deadlines, {run.TurnedAmberOrBreached:N0} turned amber or breached"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"next day's check    {second.Elapsed.TotalSeconds:F1} s ({secondCpu.TotalSeconds:F1} s of processor time): {again.CasesRebuilt:N0} cases rebuilt, {again.DeadlinesChecked:N0} deadlines, {again.TurnedAmberOrBreached:N0} turned"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory         {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
        return 0;
    }

    private static async Task SeedAsync(IDbContextFactory<EarlyHelpDbContext> contexts, int count)
    {
        var triage = new Actor("t1", ActorRole.TriageOfficer);
        var manager = new Actor("tm-1", ActorRole.TeamManager);
        var lead = new Actor("lp-1", ActorRole.LeadPractitioner);
        var start = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        const int batch = 2000;
        for (var done = 0; done < count; done += batch)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(done + batch, count); i++)
            {
                var family = new Family(Guid.CreateVersion7(), "north", new Address("1 Street", null, "Town", "AA1 1AA"));
                family.AddMember(new FamilyMember(Guid.CreateVersion7(), "Child", "Family", new DateOnly(2015, 1, 1), HouseholdRole.Child));
                var at = start.AddMinutes(i % 40000);
                var enquiry = new Enquiry(Guid.NewGuid(), new Referrer(AgencyType.School, "School", null), at, ["parenting"], LevelOfNeed.Complex, Urgency.Standard, EnquiryConsent.Given);
                var opened = Case.Open(Guid.CreateVersion7(), new CaseOpened(family.Id, [family.Members[0].Id], "north", enquiry, null), triage, at, []).Case!;
                if (i % 4 != 0)
                {
                    opened.DecideTriage(new TriageDecided(TriageOutcome.EarlyHelp, LevelOfNeed.Complex, "Needs a TAF"), triage, at.AddDays(2));
                    opened.AllocateLeadPractitioner(new LeadPractitionerAllocated("lp-1", "north"), manager, at.AddDays(6));
                }

                if (i % 4 >= 2)
                {
                    opened.RecordConsent(new ConsentRecorded(ConsentStatus.Given, ConsentGiver.Parent, null), lead, at.AddDays(7));
                    opened.StartAssessment(new AssessmentStarted(null), lead, at.AddDays(8));
                }

                db.Families.Add(CaseRows.ToRow(family));
                var row = new CaseRow { Children = [new CaseChildRow { CaseId = opened.Id, ChildId = family.Members[0].Id }] };
                CaseRows.Summarise(row, opened);
                db.Cases.Add(row);
                db.CaseEvents.AddRange(opened.History.Select(e => CaseRows.ToRow(e, e.At)));
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
    }
}
