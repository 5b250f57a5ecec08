using System.Net;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Cases;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.StepDownPanel;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>A case's way back from children's social care to Early Help, through the HTTP API, on each database.</summary>
public abstract class StepDownJourneyApiTests(string provider) : IAsyncLifetime
{
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
    public async Task A_stepped_up_case_goes_to_the_panel_is_accepted_and_steps_down_with_a_named_lead_practitioner()
    {
        var caseId = await StepDownSteps.SteppedUpCaseAsync(_host);
        using var socialWorker = await ApiClient.SignInAsync(_host, "social-worker");
        using var chair = await ApiClient.SignInAsync(_host, "panel-chair");
        using var manager = await ApiClient.SignInAsync(_host, "manager-north");

        using var requested = await socialWorker.PostAsync($"/api/cases/{caseId}/step-down-requests", StepDownSteps.Request("CSC-2042"));
        var made = JsonNode.Parse(await requested.Content.ReadAsStringAsync())!;
        var requestId = made["requestId"]!.GetValue<Guid>();
        var agenda = (await chair.GetJsonAsync("/api/step-down-panel/agenda"))!;
        var agendaText = agenda.ToJsonString();
        var decided = await chair.PostOkAsync($"/api/cases/{caseId}/panel-decision", new { requestId, outcome = "accept-to-locality", localityTeam = "north" });
        var agendaAfter = await chair.GetJsonAsync("/api/step-down-panel/agenda");
        await StepDownSteps.RecordConsentAsync(_host, caseId);
        var steppedDown = await manager.PostOkAsync($"/api/cases/{caseId}/step-down", new { leadPractitionerId = "lp-north", agreedLevelOfNeed = "complex" });

        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        Assert.Equal($"\"{made["version"]!.GetValue<int>()}\"", requested.Headers.ETag?.Tag);
        Assert.Equal("stepped-up", made["state"]!.GetValue<string>());
        var item = Assert.Single(agenda["items"]!.AsArray())!;
        Assert.Equal((caseId, requestId, CaseReference.Of(caseId), "north", 1, "specialist", "CSC-2042"), (
            item["caseId"]!.GetValue<Guid>(), item["requestId"]!.GetValue<Guid>(), item["reference"]!.GetValue<string>(), item["locality"]!.GetValue<string>(),
            item["children"]!.GetValue<int>(), item["levelOfNeed"]!.GetValue<string>(), item["socialCareReference"]!.GetValue<string>()));
        Assert.StartsWith("Risks have reduced", item["reason"]!.GetValue<string>());
        Assert.DoesNotContain("Stepdown", agendaText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sam", agendaText);
        Assert.Equal("stepped-up", decided!["state"]!.GetValue<string>());
        Assert.Empty(agendaAfter!["items"]!.AsArray());
        Assert.Equal("stepped-down", steppedDown!["state"]!.GetValue<string>());

        var history = await _host.QueryAsync(db => db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence)
            .Select(e => new { e.Type, e.ActorId }).ToListAsync());
        Assert.Equal(
            [
                ("case-opened", "triage-north"), ("triage-decided", "triage-north"), ("step-down-requested", "social-worker"),
                ("panel-decision-recorded", "panel-chair"), ("consent-recorded", "social-worker"), ("stepped-down", "manager-north"),
            ],
            history.Select(e => (e.Type, e.ActorId)));
        var subject = (await _host.QueryAsync(db => new CaseStore(db, TimeProvider.System).FindCaseAsync(caseId, CancellationToken.None)))!;
        var lead = Assert.Single(subject.CurrentLeadPractitioners);
        Assert.Equal((CaseState.SteppedDown, "lp-north", "north", LevelOfNeed.Complex), (subject.State, lead.PractitionerId, lead.TeamId, subject.LevelOfNeed));
        var tasks = await _host.QueryAsync(db => db.HumanTasks.AsNoTracking().Where(t => t.CaseId == caseId && t.TaskType != "triage")
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.TaskType).Select(t => t.TaskType + ":" + t.Status + ":" + t.CompletedBy).ToListAsync());
        Assert.Equal(
            ["step-down-request:completed:social-worker", "panel-decision:completed:panel-chair", "consent:completed:social-worker", "handover-meeting:open:", "step-down:completed:manager-north"],
            tasks);
        Assert.Equal(2, await _host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == PanelAgendaHandler.Action && a.UserId == "panel-chair")));
    }

    [Fact]
    public async Task The_minutes_list_the_panels_decisions_of_the_period_as_json_and_as_csv()
    {
        var accepted = await StepDownSteps.SteppedUpCaseAsync(_host);
        var declined = await StepDownSteps.SteppedUpCaseAsync(_host);
        await StepDownSteps.DecideAsync(_host, accepted, await StepDownSteps.RequestAsync(_host, accepted));
        var declinedRequest = await StepDownSteps.RequestAsync(_host, declined);
        using var chair = await ApiClient.SignInAsync(_host, "panel-chair");
        await chair.PostOkAsync($"/api/cases/{declined}/panel-decision", new { requestId = declinedRequest, outcome = "decline", reason = "Threshold still met, \"section 47\" enquiries open" });
        var today = CouncilTime.DateOf(DateTimeOffset.UtcNow);
        var period = $"from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";

        var minutes = (await chair.GetJsonAsync($"/api/step-down-panel/minutes?{period}"))!;
        using var csv = await chair.GetAsync($"/api/step-down-panel/minutes.csv?{period}");
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var earlier = (await chair.GetJsonAsync($"/api/step-down-panel/minutes?from={today.AddDays(-30):yyyy-MM-dd}&to={today.AddDays(-2):yyyy-MM-dd}"))!;

        var decisions = minutes["decisions"]!.AsArray();
        Assert.Equal(2, decisions.Count);
        Assert.Equal((CaseReference.Of(accepted), "accept-to-locality", "north", "panel-chair", "CSC-1001"), (
            decisions[0]!["reference"]!.GetValue<string>(), decisions[0]!["outcome"]!.GetValue<string>(), decisions[0]!["localityTeam"]!.GetValue<string>(),
            decisions[0]!["decidedBy"]!.GetValue<string>(), decisions[0]!["socialCareReference"]!.GetValue<string>()));
        Assert.Equal((CaseReference.Of(declined), declinedRequest, "decline"), (
            decisions[1]!["reference"]!.GetValue<string>(), decisions[1]!["requestId"]!.GetValue<Guid>(), decisions[1]!["outcome"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("reference,requestId,socialCareReference,outcome,localityTeam,partner,reason,decidedAt,decidedBy", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{CaseReference.Of(accepted)},", lines[1]);
        Assert.Contains(",decline,,,\"Threshold still met, \"\"section 47\"\" enquiries open\",", lines[2]);
        Assert.DoesNotContain("Stepdown", string.Join('\n', lines), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(earlier["decisions"]!.AsArray());
        Assert.Equal(3, await _host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == PanelMinutesHandler.Action)));
    }
}

public sealed class SqliteStepDownJourneyApiTests() : StepDownJourneyApiTests("sqlite");

public sealed class PostgresStepDownJourneyApiTests() : StepDownJourneyApiTests("postgresql");
