using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Tests.Api;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Measures;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Reports;

/// <summary>The performance report's endpoints over a real database: the figures, the CSV, bad years, the audit.</summary>
public abstract class MeasureEndpointTests(string provider) : IAsyncLifetime
{
    private const string Path = "/api/reports/measures?year=2026-27";

    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private IReadOnlyList<EarlyHelp.Workflows.Cases.Case> _cases = [];

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _host = TestHost.Start(_database);
        _cases = ReportHistory.Cases();
        await using var db = _database.NewContext();
        await ReportHistory.StoreAsync(db, _cases);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_measures_are_given_per_quarter_and_year_for_the_council_and_each_locality()
    {
        using var manager = await ApiClient.SignInAsync(_host, "manager-north");
        var report = (await manager.GetJsonAsync(Path))!;

        Assert.Equal("2026-27", report["year"]!.GetValue<string>());
        Assert.Equal([ReportHistory.North, ReportHistory.Rural], report["localities"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(["Q1", "Q2", "Q3", "Q4", "year"], report["periods"]!.AsArray().Select(p => p!["period"]!.GetValue<string>()));
        Assert.Equal(PerformanceFramework.All.Count, report["measures"]!.AsArray().Count);
        // Enquiries: A in Q1, C in Q2, B in Q3. B re-opened within 3 months of A, the day after it closed.
        Assert.Equal(1m, Figure(report, "Q1", "council", "enquiries-received")["value"]!.GetValue<decimal>());
        Assert.Equal(3m, Figure(report, "year", "council", "enquiries-received")["value"]!.GetValue<decimal>());
        Assert.Equal(2m, Figure(report, "year", ReportHistory.North, "enquiries-received")["value"]!.GetValue<decimal>());
        var reopened = Figure(report, "Q3", ReportHistory.North, "reopened-within-3-months");
        Assert.Equal((1L, 1L, 100m), (reopened["numerator"]!.GetValue<long>(), reopened["denominator"]!.GetValue<long>(), reopened["value"]!.GetValue<decimal>()));
        Assert.Equal(1m, Figure(report, "Q2", ReportHistory.Rural, "stepped-up")["value"]!.GetValue<decimal>());
        Assert.Equal(5m, Figure(report, "year", "council", "working-days-enquiry-to-allocation")["value"]!.GetValue<decimal>());
        Assert.Equal(1m, Figure(report, "year", "council", "cases-closed-by-reason", "no-further-action")["value"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task The_report_read_from_the_database_equals_the_report_of_the_same_histories_read_in_memory()
    {
        var accumulator = new MeasureAccumulator(WorkingDayCalendar.EnglandAndWales(), CouncilTime.DateOf(DateTimeOffset.UtcNow));
        foreach (var stored in _cases.Reverse())
        {
            accumulator.Add(stored.History);
        }

        var expected = accumulator.Complete().Figures(new FinancialYear(2026))
            .Select(f => $"{f.Period.Name} {f.Area} {f.Measure.Key} {f.Breakdown} {f.Numerator} {f.Denominator}");
        using var chair = await ApiClient.SignInAsync(_host, "panel-chair");
        var report = (await chair.GetJsonAsync(Path))!;
        var read = report["periods"]!.AsArray().SelectMany(p => p!["areas"]!.AsArray().SelectMany(a => a!["figures"]!.AsArray().Select(f =>
            $"{p["period"]} {a["area"]} {f!["measure"]} {f["breakdown"]} {f["numerator"]} {f["denominator"]}")));

        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task The_CSV_has_a_header_and_one_row_per_measure_breakdown_period_and_area_quoted_as_RFC_4180_says()
    {
        using var admin = await ApiClient.SignInAsync(_host, "admin");
        using var response = await admin.GetAsync("/api/reports/measures.csv?year=2026-27");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = text.Split("\r\n");
        Assert.Equal("year,period,from,to,area,measure,breakdown,kind,value,numerator,denominator", lines[0]);
        Assert.Equal("", lines[^1]);
        var figuresPerArea = PerformanceFramework.All.Sum(m => Math.Max(1, m.Breakdowns.Count));
        Assert.Equal(1 + (5 * 3 * figuresPerArea) + 1, lines.Length);
        Assert.Contains("2026-27,Q2,2026-07-01,2026-09-30,\"south, rural\",stepped-up,,count,1,1,", lines);
        Assert.Contains("2026-27,year,2026-04-01,2027-03-31,council,reopened-within-3-months,,rate,33.3,1,3", lines);
        Assert.Contains("2026-27,Q1,2026-04-01,2026-06-30,north,enquiries-by-source,school,count,1,1,", lines);
    }

    [Theory]
    [InlineData("2026")]
    [InlineData("2026-28")]
    [InlineData("26-27")]
    public async Task A_year_not_written_like_2026_27_is_refused_naming_the_field(string year)
    {
        using var manager = await ApiClient.SignInAsync(_host, "manager-south");

        var problem = await manager.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, $"/api/reports/measures?year={Uri.EscapeDataString(year)}");

        Assert.NotNull(problem!["errors"]!["year"]);
    }

    [Fact]
    public async Task Reading_the_measures_is_audited_with_the_year_and_no_case()
    {
        using var manager = await ApiClient.SignInAsync(_host, "manager-north");
        await manager.GetJsonAsync(Path);

        var entry = await _host.QueryAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "measures.read"));
        Assert.Equal(("manager-north", "performance-report", "2026-27", null, "read"), (entry.UserId, entry.RecordKind, entry.RecordId, entry.CaseId, entry.Outcome));
    }

    [Fact]
    public async Task Practitioners_and_triage_officers_may_not_read_the_reports()
    {
        using var practitioner = await ApiClient.SignInAsync(_host, "lp-north");
        using var triage = await ApiClient.SignInAsync(_host, "triage-north");

        await practitioner.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, Path);
        await triage.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, "/api/reports/measures.csv");
    }

    private static JsonNode Figure(JsonNode report, string period, string area, string measure, string? breakdown = null) =>
        report["periods"]!.AsArray().Single(p => p!["period"]!.GetValue<string>() == period)!["areas"]!.AsArray()
            .Single(a => a!["area"]!.GetValue<string>() == area)!["figures"]!.AsArray()
            .Single(f => f!["measure"]!.GetValue<string>() == measure && f["breakdown"]?.GetValue<string>() == breakdown)!;
}

public sealed class SqliteMeasureEndpointTests() : MeasureEndpointTests("sqlite");

public sealed class PostgresMeasureEndpointTests() : MeasureEndpointTests("postgresql");
