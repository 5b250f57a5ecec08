using System.Text.Json.Nodes;
using EarlyHelp.Host.Commands;
using EarlyHelp.Host.History;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Import;

/// <summary>
/// Importing a history file: each case goes in whole through the lifecycle and the pathway, or not at all, and a
/// refused line is reported with its number and reason while the rest of the file carries on.
/// </summary>
public abstract class ImportTests(string provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = HistoryFile.Monday;
    private TestDatabase _database = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _host = TestHost.StartReplaying(_database, new ReplayClock(Monday));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_file_of_good_cases_is_imported_through_the_pathway_with_each_event_at_its_own_time()
    {
        var file = new HistoryFile();
        file.Open("a", "School A", Monday);
        file.Triage("a", Monday.AddDays(1));
        file.Add("a", "lead-practitioner-allocated", Monday.AddDays(2), "manager-north", "team-manager", new JsonObject { ["practitionerId"] = "lp-north", ["teamId"] = "north" });

        var report = await ImportAsync(file);

        Assert.Empty(report.Refusals);
        Assert.Equal((1, 3), (report.CasesApplied, report.EventsApplied));
        var events = await _host.QueryAsync(db => db.CaseEvents.OrderBy(e => e.Sequence).Select(e => new { e.Type, e.OccurredAt, e.ActorId }).ToListAsync());
        Assert.Equal(["case-opened", "triage-decided", "lead-practitioner-allocated"], events.Select(e => e.Type));
        Assert.Equal([Monday.UtcDateTime, Monday.AddDays(1).UtcDateTime, Monday.AddDays(2).UtcDateTime], events.Select(e => e.OccurredAt));
        // The pathway moved on with the case: the consent task waits for the allocated practitioner.
        Assert.Equal(["allocation", "triage"], await _host.QueryAsync(db => db.HumanTasks.Where(t => t.Status == "completed").Select(t => t.TaskType).OrderBy(t => t).ToListAsync()));
        Assert.Contains("consent", await _host.QueryAsync(db => db.HumanTasks.Where(t => t.Status == "open").Select(t => t.TaskType).ToListAsync()));
    }

    [Fact]
    public async Task A_malformed_line_is_reported_with_its_line_number_and_nothing_of_that_case_is_applied()
    {
        var file = new HistoryFile();
        file.Open("a", "School A", Monday);
        file.Open("b", "School B", Monday);
        var malformed = file.Raw("{\"case\": \"b\", \"type\": \"triage-decided\", \"occurredAt\": ");
        file.Triage("b", Monday.AddDays(1));
        file.Open("c", "School C", Monday);

        var report = await ImportAsync(file);

        Assert.Equal($"line {malformed}: case b: ", Prefix(Assert.Single(report.Refusals)));
        await AssertOnlyAsync("School A", "School C");
    }

    [Fact]
    public async Task An_unknown_event_type_is_reported_with_its_line_number_and_nothing_of_that_case_is_applied()
    {
        var file = new HistoryFile();
        file.Open("a", "School A", Monday);
        file.Open("b", "School B", Monday);
        file.Triage("b", Monday.AddDays(1));
        var unknown = file.Add("b", "case-teleported", Monday.AddDays(2), "triage-north", "triage-officer", []);
        file.Open("c", "School C", Monday);

        var report = await ImportAsync(file);

        var refusal = Assert.Single(report.Refusals);
        Assert.Equal($"line {unknown}: case b: unknown event type 'case-teleported'", refusal);
        await AssertOnlyAsync("School A", "School C");
    }

    [Fact]
    public async Task An_illegal_transition_is_reported_with_its_line_and_nothing_of_that_case_is_applied()
    {
        var file = new HistoryFile();
        file.Open("a", "School A", Monday);
        file.Open("b", "School B", Monday);
        file.Triage("b", Monday.AddDays(1));
        // Still at allocation: no lead practitioner and no consent, so the assessment cannot start.
        var illegal = file.Add("b", "assessment-started", Monday.AddDays(2), "lp-north", "lead-practitioner", new JsonObject { ["note"] = null });
        file.Open("c", "School C", Monday);

        var report = await ImportAsync(file);

        var refusal = Assert.Single(report.Refusals);
        Assert.StartsWith($"line {illegal}: case b: ", refusal, StringComparison.Ordinal);
        Assert.Contains("consent", refusal, StringComparison.OrdinalIgnoreCase);
        await AssertOnlyAsync("School A", "School C");
    }

    [Fact]
    public async Task A_case_whose_lines_are_not_together_is_refused_where_it_comes_back()
    {
        var file = new HistoryFile();
        file.Open("a", "School A", Monday);
        file.Open("c", "School C", Monday);
        var again = file.Triage("a", Monday.AddDays(1));

        var report = await ImportAsync(file);

        Assert.Equal($"line {again}: case a: ", Prefix(Assert.Single(report.Refusals)));
        await AssertOnlyAsync("School A", "School C");
    }

    [Fact]
    public async Task An_actor_who_is_not_staff_is_refused_with_the_line_number()
    {
        var file = new HistoryFile();
        var line = file.Add("x", "case-opened", Monday, "someone-else", "triage-officer", []);

        var report = await ImportAsync(file);

        Assert.Equal($"line {line}: case x: ", Prefix(Assert.Single(report.Refusals)));
        Assert.Equal(0, await _host.QueryAsync(db => db.Cases.CountAsync()));
    }

    private Task<ImportReport> ImportAsync(HistoryFile file) => ImportCommand.ImportAsync(_host.Services, file.Reader(), null, CancellationToken.None);

    private static string Prefix(string refusal) => refusal[..(refusal.IndexOf(": ", refusal.IndexOf("case ", StringComparison.Ordinal), StringComparison.Ordinal) + 2)];

    /// <summary>Only these cases (by their referrer) exist, each with its family, events and pathway; nothing else was left behind.</summary>
    private async Task AssertOnlyAsync(params string[] organisations)
    {
        var opened = await _host.QueryAsync(db => db.CaseEvents.Where(e => e.Type == "case-opened").Select(e => e.Data).ToListAsync());
        Assert.Equal(organisations, opened.Select(d => JsonNode.Parse(d)!["enquiry"]!["referrer"]!["organisation"]!.GetValue<string>()).Order());
        Assert.Equal(organisations.Length, await _host.QueryAsync(db => db.Cases.CountAsync()));
        Assert.Equal(organisations.Length, await _host.QueryAsync(db => db.Families.CountAsync()));
        Assert.Equal(organisations.Length, await _host.QueryAsync(db => db.WorkflowInstances.CountAsync()));
        Assert.Equal(0, await _host.QueryAsync(db => db.CaseEvents.CountAsync(e => !db.Cases.Any(c => c.Id == e.CaseId))));
    }
}

public sealed class SqliteImportTests() : ImportTests("sqlite");

public sealed class PostgresImportTests() : ImportTests("postgresql");
