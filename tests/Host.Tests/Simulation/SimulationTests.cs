using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EarlyHelp.Host.Calendar;
using EarlyHelp.Host.Commands;
using EarlyHelp.Host.History;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Host.Reports;
using EarlyHelp.Host.Simulation;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Workflows.Measures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EarlyHelp.Host.Tests.Simulation;

/// <summary>
/// A simulated year, driven through the real pipeline and engine on SQLite: its history, counted straight from
/// case_events, lands within 10% of the options it was asked for, and written as NDJSON it imports into an empty
/// database as the same history.
/// </summary>
public sealed partial class SimulationTests
{
    /// <summary>A sixth of a council-year: small enough for the suite, large enough for rates to mean something.</summary>
    private static readonly SimulationOptions Year = new SimulationOptions().Scaled(0.15);

    private static readonly string[] SurveyQuestions = ["treatedWithRespect", "listenedTo", "helpedWithIssues"];

    [Fact]
    public async Task A_simulated_year_lands_within_ten_percent_of_its_parameters_counted_from_the_case_history()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var host = TestHost.StartReplaying(database, new ReplayClock(new DateTimeOffset(Year.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));

        var report = await SimulateCommand.SimulateAsync(host.Services, Year, null, CancellationToken.None);

        Assert.Empty(report.Refusals);
        var events = await host.QueryAsync(db => db.CaseEvents.AsNoTracking().OrderBy(e => e.CaseId).ThenBy(e => e.Sequence).ToListAsync());
        var byCase = events.GroupBy(e => e.CaseId).ToList();
        var triage = events.Where(e => e.Type == "triage-decided").Select(e => JsonNode.Parse(e.Data)!["outcome"]!.GetValue<string>()).ToList();
        var episodes = byCase.Count;
        var ehas = events.Count(e => e.Type == "assessment-completed");
        var closures = events.Count(e => e.Type == "closure-signed-off") + triage.Count(o => o is "signpost" or "single-agency" or "no-further-action");
        var stepUps = events.Count(e => e.Type == "stepped-up") + triage.Count(o => o == "refer-to-social-care");

        AssertWithinTenPercent(Year.Episodes, episodes, "episodes");
        AssertWithinTenPercent(Year.EhasCompleted, ehas, "EHAs completed");
        AssertWithinTenPercent(Year.Closures, closures, "closures");
        AssertWithinTenPercent(Year.StepUpRate * Year.Episodes, stepUps, "step-ups");
        AssertWithinTenPercent(Year.ReviewWeeks * 7, AverageDaysBetweenReviews(byCase), "days between reviews");
        AssertWithinTenPercent(Year.ImprovingReadingsRate, ImprovingShare(byCase), "improving readings");
        AssertWithinTenPercent(Year.PositiveSurveyRate, PositiveSurveyShare(events), "positive exit surveys");
        // Rare: a couple of re-opened episodes in a sixth of a year, so within one episode of the rate.
        var reopened = await ReopenedWithinThreeMonthsAsync(host, events);
        Assert.InRange(reopened, Math.Floor(Year.ReopenedWithin3MonthsRate * closures) - 1, Math.Ceiling(Year.ReopenedWithin3MonthsRate * closures) + 1);

        // The same year through the performance framework's own measures, as the reports give them.
        var measures = await CaseHistoryStream.ReadAsync(
            host.Services.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>(), host.Services.GetRequiredService<CalendarStore>().Current,
            Year.Start.AddDays(SimulationOptions.YearDays - 1), CancellationToken.None);
        var year = ReportPeriod.WholeYear(FinancialYear.Of(Year.Start));
        long Count(Measure measure) => measures.Figure(measure, year).Numerator;
        AssertWithinTenPercent(Year.Episodes, Count(PerformanceFramework.OpenCasesAtAnyPoint), "measure: cases open at any point");
        AssertWithinTenPercent(Year.EhasCompleted, Count(PerformanceFramework.EhasCompleted), "measure: EHAs completed");
        AssertWithinTenPercent(Year.StepUpRate * Year.Episodes, Count(PerformanceFramework.SteppedUp), "measure: stepped up");
        AssertWithinTenPercent(Year.Closures, Count(PerformanceFramework.CasesClosed) - Count(PerformanceFramework.SteppedUp), "measure: closed other than by a step-up");
        AssertWithinTenPercent(100 * Year.PositiveSurveyRate, (double)measures.Figure(PerformanceFramework.TreatedWithRespect, year).Value!.Value, "measure: treated with respect");
    }

    [Fact]
    public async Task A_simulated_history_written_as_ndjson_imports_into_an_empty_database_as_the_same_history()
    {
        var small = new SimulationOptions { Days = 150 }.Scaled(0.05);
        var start = new DateTimeOffset(small.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await using var simulated = await TestDatabase.CreateAsync("sqlite");
        await using var imported = await TestDatabase.CreateAsync("sqlite");
        var file = new StringWriter();
        List<string> original;
        List<string> originalTasks;
        await using (var host = TestHost.StartReplaying(simulated, new ReplayClock(start)))
        {
            Assert.Empty((await SimulateCommand.SimulateAsync(host.Services, small, null, CancellationToken.None)).Refusals);
            await HistoryExport.WriteAsync(host.Services.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>(), file, CancellationToken.None);
            original = await HistoryAsync(host);
            originalTasks = await CompletedTasksAsync(host);
        }

        await using var second = TestHost.StartReplaying(imported, new ReplayClock(start));
        // The simulation's staff are the actors of the file: the council sets its staff up before importing.
        await SimulatedStaff.SeedAsync(second.Services.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>(), small, CancellationToken.None);
        var report = await ImportCommand.ImportAsync(second.Services, new StringReader(file.ToString()), null, CancellationToken.None);

        Assert.Empty(report.Refusals);
        Assert.True(original.Count > 100, $"only {original.Count} events simulated");
        Assert.Equal(original, await HistoryAsync(second));
        Assert.Equal(originalTasks, await CompletedTasksAsync(second));
    }

    /// <summary>Every case's events in order, identifiers blanked (the import gives its own): what, when, who, from and to, and the fact.</summary>
    private static Task<List<string>> HistoryAsync(TestHost host) => host.QueryAsync(async db =>
    {
        var rows = await db.CaseEvents.AsNoTracking().ToListAsync();
        var opened = rows.Where(r => r.Sequence == 1).ToDictionary(r => r.CaseId, r => r.OccurredAt);
        return rows.OrderBy(r => opened[r.CaseId]).ThenBy(r => r.CaseId).ThenBy(r => r.Sequence)
            .Select(r => $"{r.Sequence} {r.Type} {r.OccurredAt:O} {r.ActorId}/{r.ActorRole} {r.FromState}->{r.ToState} {Identifier().Replace(r.Data, "id")}")
            .ToList();
    });

    private static Task<List<string>> CompletedTasksAsync(TestHost host) =>
        host.QueryAsync(db => db.HumanTasks.Where(t => t.Status == "completed").GroupBy(t => t.TaskType).Select(g => g.Key + " " + g.Count()).OrderBy(t => t).ToListAsync());

    private static void AssertWithinTenPercent(double expected, double actual, string what) =>
        Assert.True(Math.Abs(actual - expected) <= 0.1 * expected, $"{what}: {actual:0.###}, expected {expected:0.###} within 10%");

    private static double AverageDaysBetweenReviews(IEnumerable<IGrouping<Guid, CaseEventRow>> byCase)
    {
        var gaps = byCase.SelectMany(c =>
        {
            var reviews = c.Where(e => e.Type == "review-recorded").Select(e => e.OccurredAt).ToList();
            return reviews.Zip(reviews.Skip(1), (a, b) => (b - a).TotalDays);
        }).ToList();
        Assert.NotEmpty(gaps);
        return gaps.Average();
    }

    /// <summary>Readings better in total than the case's reading before.</summary>
    private static double ImprovingShare(IEnumerable<IGrouping<Guid, CaseEventRow>> byCase)
    {
        var directions = byCase.SelectMany(c =>
        {
            var totals = c.Where(e => e.Type == "outcome-readings-recorded")
                .Select(e => JsonNode.Parse(e.Data)!["scores"]!.AsArray().Sum(s => s!["score"]!.GetValue<int>())).ToList();
            return totals.Zip(totals.Skip(1), (a, b) => b > a);
        }).ToList();
        Assert.NotEmpty(directions);
        return directions.Count(d => d) / (double)directions.Count;
    }

    private static double PositiveSurveyShare(IEnumerable<CaseEventRow> events)
    {
        var surveys = events.Where(e => e.Type == "exit-survey-recorded").Select(e => JsonNode.Parse(e.Data)!).ToList();
        Assert.NotEmpty(surveys);
        return surveys.Count(s => SurveyQuestions.All(q => s[q]!.GetValue<string>() == "agree")) / (double)surveys.Count;
    }

    /// <summary>Episodes opened for a family within three months of the end of its previous closed episode.</summary>
    private static async Task<int> ReopenedWithinThreeMonthsAsync(TestHost host, List<CaseEventRow> events)
    {
        var families = await host.QueryAsync(db => db.Cases.AsNoTracking().Select(c => new { c.Id, c.FamilyId, c.OpenedAt }).ToListAsync());
        var closedAt = events.Where(e => e.Type == "closure-signed-off" || (e.Type == "triage-decided" && e.ToState == "closed")).ToDictionary(e => e.CaseId, e => e.OccurredAt);
        return families.GroupBy(c => c.FamilyId).Sum(f =>
        {
            var ordered = f.OrderBy(c => c.OpenedAt).ToList();
            return ordered.Zip(ordered.Skip(1)).Count(p => closedAt.TryGetValue(p.First.Id, out var closed) && p.Second.OpenedAt >= closed && p.Second.OpenedAt <= closed.AddMonths(3));
        });
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Identifier();
}
