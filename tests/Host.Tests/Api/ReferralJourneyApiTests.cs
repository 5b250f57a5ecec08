using System.Net;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>
/// A whole referral through the API, each step by the person who does it, on the shipped referral-to-closure
/// pathway: each change completes the task the pathway waits for, and the pathway ends when the exit survey is in.
/// </summary>
public abstract class ReferralJourneyApiTests(string provider) : IAsyncLifetime, IDisposable
{
    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private readonly Notifications.CapturedLogs _logs = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _host = TestHost.StartCapturing(_database, _logs);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    public void Dispose()
    {
        _logs.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_referral_goes_from_enquiry_to_closure_and_the_history_shows_who_did_each_step()
    {
        var (caseId, closed) = await RunJourneyAsync();
        using var manager = await ApiClient.SignInAsync(_host, "manager-north");
        var path = $"/api/cases/{caseId}";

        Assert.Equal("closed", closed!["state"]!.GetValue<string>());
        var page = (await manager.GetJsonAsync(path))!;
        var timeline = page["timeline"]!.AsArray().Select(e => (Type: e!["type"]!.GetValue<string>(), By: e["by"]!["userId"]!.GetValue<string>(), Role: e["by"]!["role"]!.GetValue<string>())).ToList();
        Assert.Equal(
            [
                ("case-opened", "triage-north", "triage-officer"),
                ("triage-decided", "triage-north", "triage-officer"),
                ("lead-practitioner-allocated", "manager-north", "team-manager"),
                ("consent-recorded", "lp-north", "lead-practitioner"),
                ("assessment-started", "lp-north", "lead-practitioner"),
                ("assessment-completed", "lp-north", "lead-practitioner"),
                ("cse-screening-recorded", "lp-north", "lead-practitioner"),
                ("taf-meeting-held", "lp-north", "lead-practitioner"),
                ("outcome-readings-recorded", "lp-north", "lead-practitioner"),
                ("review-recorded", "lp-north", "lead-practitioner"),
                ("outcome-readings-recorded", "lp-north", "lead-practitioner"),
                ("closure-requested", "lp-north", "lead-practitioner"),
                ("closure-signed-off", "manager-north", "team-manager"),
                ("exit-survey-recorded", "lp-north", "lead-practitioner"),
            ],
            timeline);
        Assert.Equal(Enumerable.Range(1, timeline.Count), page["timeline"]!.AsArray().Select(e => e!["sequence"]!.GetValue<int>()));
        Assert.Equal("outcomes-met", page["endReason"]!.GetValue<string>());
        Assert.Empty(page["openTasks"]!.AsArray());
        Assert.Equal(["improving", "same"], page["outcomeReadings"]![1]!["scores"]!.AsArray().Select(s => s!["direction"]!.GetValue<string>()));
        Assert.Equal("completed", await _host.QueryAsync(db => db.WorkflowInstances.Where(i => i.CaseId == caseId).Select(i => i.Status).SingleAsync()));
        var completedTasks = await _host.QueryAsync(db => db.HumanTasks.Where(t => t.CaseId == caseId && t.Status == "completed").Select(t => t.TaskType).ToListAsync());
        Assert.Equal(
            ["allocation", "assessment-complete", "assessment-start", "closure-request", "closure-sign-off", "consent", "cse-screening", "exit-survey", "outcome-readings", "review", "taf-meeting", "triage"],
            completedTasks.Order());
    }

    [Fact]
    public async Task Nothing_logged_during_a_journey_names_the_family_or_gives_a_date_of_birth_or_an_address()
    {
        await RunJourneyAsync();

        var logs = string.Join('\n', _logs.Entries);
        Assert.NotEmpty(_logs.Entries);
        Assert.All(
            [Enquiries.DistinctiveFamilyName, Enquiries.DistinctiveChildName, "Alex", "1 Example Street", "DE1 1AA", "1988-05-01", "2014-03-10", "10/03/2014", "01/05/1988"],
            personal => Assert.DoesNotContain(personal, logs, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The journey, each step by its person; answers the case and the last change's answer (the closure).</summary>
    private async Task<(Guid CaseId, JsonNode? Closed)> RunJourneyAsync()
    {
        using var triage = await ApiClient.SignInAsync(_host, "triage-north");
        using var manager = await ApiClient.SignInAsync(_host, "manager-north");
        using var practitioner = await ApiClient.SignInAsync(_host, "lp-north");

        var created = await triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily(familyName: Enquiries.DistinctiveFamilyName, childName: Enquiries.DistinctiveChildName));
        var caseId = created!["caseId"]!.GetValue<Guid>();
        var path = $"/api/cases/{caseId}";
        await triage.PostOkAsync($"{path}/triage-decision", new { outcome = "early-help", levelOfNeed = "complex", rationale = "Needs a Team Around the Family" });
        await manager.PostOkAsync($"{path}/allocation", new { practitionerId = "lp-north" });
        Assert.Contains(await MyTaskTypesAsync(practitioner, caseId), t => t == "consent");

        await practitioner.PostOkAsync($"{path}/consent", CaseRequests.Consent());
        await practitioner.PostOkAsync($"{path}/assessment/start", CaseRequests.StartAssessment());
        await practitioner.PostOkAsync($"{path}/assessment/complete", CaseRequests.CompleteAssessment());
        // The child is 10 or over, so the pathway asks for a CSE screening beside the first TAF meeting.
        Assert.Equal(["cse-screening", "taf-meeting"], (await MyTaskTypesAsync(practitioner, caseId)).Order());
        var childId = (await practitioner.GetJsonAsync(path))!["children"]![0]!["id"]!.GetValue<Guid>();
        await practitioner.PostOkAsync($"{path}/cse-screenings", new { childId, risk = "low" });
        await practitioner.PostOkAsync($"{path}/taf-meetings", CaseRequests.TafMeeting());
        await practitioner.PostOkAsync($"{path}/outcome-readings", CaseRequests.Readings(("Attendance", 3), ("Routines", 4)));

        // Six weeks pass: the pathway's review timer fires and the review task appears.
        await FireReviewTimerAsync(caseId);
        await practitioner.PostOkAsync($"{path}/reviews", CaseRequests.Review("ready-to-close", CaseRequests.Readings(("Attendance", 5), ("Routines", 4))));
        await practitioner.PostOkAsync($"{path}/closure-request", CaseRequests.ClosureRequest());
        Assert.Contains(await MyTaskTypesAsync(manager, caseId), t => t == "closure-sign-off");
        var closed = await manager.PostOkAsync($"{path}/closure-sign-off", CaseRequests.SignOff());
        await practitioner.PostOkAsync($"{path}/exit-survey", CaseRequests.ExitSurvey());

        return (caseId, closed);
    }

    private static async Task<List<string>> MyTaskTypesAsync(ApiClient client, Guid caseId) =>
        [.. (await client.GetJsonAsync("/api/my-tasks?pageSize=200"))!["items"]!.AsArray()
            .Where(t => t!["caseId"]?.GetValue<Guid>() == caseId)
            .Select(t => t!["taskType"]!.GetValue<string>())];

    /// <summary>Fires the pathway's six-weekly review timer now, as the scheduler would when it falls due.</summary>
    private async Task FireReviewTimerAsync(Guid caseId)
    {
        var due = await _host.QueryAsync(db => (
                from timer in db.WorkflowTimers
                join instance in db.WorkflowInstances on timer.InstanceId equals instance.Id
                where instance.CaseId == caseId && timer.ActivityId == "review-every" && timer.Status == "pending"
                select new { InstanceId = instance.Id, TimerId = timer.Id })
            .SingleAsync());
        await _host.Runner.ResumeAsync(due.InstanceId, new TimerFired(due.TimerId), Actor.System, CancellationToken.None);
    }
}

public sealed class SqliteReferralJourneyApiTests() : ReferralJourneyApiTests("sqlite");

public sealed class PostgresReferralJourneyApiTests() : ReferralJourneyApiTests("postgresql");
