using System.Net;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>The steps of a step-down through the API, and what the database holds about a case, for the step-down tests.</summary>
internal static class StepDownSteps
{
    private static int _families;

    /// <summary>A North case that triage referred to children's social care (stepped up); each call a family of its own.</summary>
    public static async Task<Guid> SteppedUpCaseAsync(TestHost host)
    {
        using var triage = await ApiClient.SignInAsync(host, "triage-north");
        var familyName = $"Stepdown{Interlocked.Increment(ref _families)}";
        var created = await triage.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/enquiries", Enquiries.NewFamily(familyName: familyName));
        var caseId = created!["caseId"]!.GetValue<Guid>();
        var decided = await triage.PostOkAsync($"/api/cases/{caseId}/triage-decision",
            new { outcome = "refer-to-social-care", levelOfNeed = "specialist", rationale = "Significant harm: for children's social care" });
        Assert.Equal("stepped-up", decided!["state"]!.GetValue<string>());
        return caseId;
    }

    public static object Request(string socialCareReference = "CSC-1001") =>
        new { reason = "Risks have reduced; the family needs support Early Help can give", socialCareReference };

    /// <summary>The social worker's request; answers the request's identifier.</summary>
    public static async Task<Guid> RequestAsync(TestHost host, Guid caseId)
    {
        using var socialWorker = await ApiClient.SignInAsync(host, "social-worker");
        var made = await socialWorker.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/api/cases/{caseId}/step-down-requests", Request());
        return made!["requestId"]!.GetValue<Guid>();
    }

    public static async Task DecideAsync(TestHost host, Guid caseId, Guid requestId, string localityTeam = "north")
    {
        using var chair = await ApiClient.SignInAsync(host, "panel-chair");
        await chair.PostOkAsync($"/api/cases/{caseId}/panel-decision", new { requestId, outcome = "accept-to-locality", localityTeam });
    }

    /// <summary>The social worker records the family's consent, which the step-down pathway waits for.</summary>
    public static async Task RecordConsentAsync(TestHost host, Guid caseId)
    {
        using var socialWorker = await ApiClient.SignInAsync(host, "social-worker");
        await socialWorker.PostOkAsync($"/api/cases/{caseId}/consent", new { status = "given", givenBy = "parent" });
    }

    /// <summary>What the database holds about a case's progress: its version, events, tasks and instances.</summary>
    public static Task<string> SnapshotAsync(TestHost host, Guid caseId) => host.QueryAsync(async db =>
    {
        var version = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
        var events = await db.CaseEvents.Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence).Select(e => e.Type).ToListAsync();
        var tasks = await db.HumanTasks.Where(t => t.CaseId == caseId).OrderBy(t => t.CreatedAt).ThenBy(t => t.TaskType).Select(t => t.TaskType + ":" + t.Status).ToListAsync();
        var instances = await db.WorkflowInstances.Where(i => i.CaseId == caseId).OrderBy(i => i.StartedAt).Select(i => i.DefinitionId + ":" + i.Version).ToListAsync();
        return $"v{version} events [{string.Join(", ", events)}] tasks [{string.Join(", ", tasks)}] instances [{string.Join(", ", instances)}]";
    });
}
