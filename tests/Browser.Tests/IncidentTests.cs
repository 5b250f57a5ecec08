using System.Net;

namespace EarlyHelp.Browser.Tests;

/// <summary>An administrator finds a faulted step on the incidents page, retries it, then finds its instance and cancels it.</summary>
[Collection(BrowserGroup.Name)]
public sealed class IncidentTests(BrowserFixture fixture)
{
    /// <summary>
    /// A step-down pathway whose first step waits for a date nothing sets, so it faults on every instance. The API has
    /// no way to start an instance by hand; a social worker's request starts the newest published step-down pathway.
    /// </summary>
    private const string FaultingStepDown = """
        { "id": "step-down", "name": "Step-down (faulting, for a browser test)", "version": 1, "status": "draft",
          "variables": [ { "name": "handoverOn", "type": "date" } ],
          "activities": [
            { "id": "start", "type": "flow/start", "typeVersion": 1 },
            { "id": "wait-for-handover", "type": "flow/wait-until", "typeVersion": 1, "inputs": { "from": "variable", "variable": "handoverOn" } },
            { "id": "handover", "type": "flow/human-task", "typeVersion": 1,
              "inputs": { "taskType": "handover-meeting", "title": "Hold the handover meeting", "assignee": { "role": "team-manager" } } }
          ],
          "connections": [ { "from": "start", "port": "next", "to": "wait-for-handover" }, { "from": "wait-for-handover", "port": "done", "to": "handover" } ] }
        """;

    [Fact]
    public async Task An_administrator_retries_an_incident_sees_the_outcome_and_cancels_its_instance()
    {
        const string test = nameof(An_administrator_retries_an_incident_sees_the_outcome_and_cancels_its_instance);
        var reference = await CaseWithAnIncidentAsync();
        await using var administrator = await fixture.SignInAsync(test, "admin");

        await administrator.GotoAsync("admin/incidents");
        var incident = administrator.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = reference });
        await Expect(incident).ToContainTextAsync("does not hold a date");
        await administrator.ScreenshotAsync("incidents");
        await incident.GetByRole(AriaRole.Button, new() { Name = "Retry wait-for-handover" }).ClickAsync();

        await Expect(administrator.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "The step wait-for-handover was run again: the instance has 1 open incident (the step failed again)." })).ToBeVisibleAsync();
        await administrator.ScreenshotAsync("incidents-after-retry");

        await administrator.GotoAsync("admin/instances");
        await administrator.FillAsync("f-caseReference", reference);
        await administrator.Page.GetByRole(AriaRole.Button, new() { Name = "Show instances" }).ClickAsync();
        await administrator.ScreenshotAsync("instances-by-case");
        await administrator.Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Instance .* of step-down$") }).ClickAsync();
        await administrator.ReadyAsync();
        await Expect(administrator.Page.GetByRole(AriaRole.Cell, new() { Name = "Retried", Exact = true })).ToBeVisibleAsync();
        await administrator.ScreenshotAsync("instance");

        await administrator.Page.GetByRole(AriaRole.Button, new() { Name = "Cancel this instance" }).ClickAsync();
        await Expect(administrator.Page.GetByRole(AriaRole.Alertdialog, new() { Name = "Cancel this instance?" })).ToBeVisibleAsync();
        await administrator.Page.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel the instance" }).ClickAsync();
        await Expect(administrator.Page.Locator("#f-reason-error")).ToBeVisibleAsync();
        await administrator.FillAsync("f-reason", "Started on a faulty pathway version");
        await administrator.ScreenshotAsync("instance-cancel-confirm");
        await administrator.Page.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel the instance" }).ClickAsync();

        await Expect(administrator.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "The instance is cancelled." })).ToBeVisibleAsync();
        await Expect(administrator.Page.GetByTestId("instance-status")).ToHaveTextAsync("Cancelled");
        await administrator.ScreenshotAsync("instance-cancelled");
    }

    /// <summary>
    /// A stepped-up case whose step-down request started the faulting pathway; the pathway that was newest before is
    /// published again straight after, so the other tests' requests run the real one.
    /// </summary>
    private async Task<string> CaseWithAnIncidentAsync()
    {
        using var admin = fixture.Api("admin");
        using var triage = fixture.Api("triage-north");
        using var socialWorker = fixture.Api("social-worker");
        var created = await triage.PostAsync("/api/enquiries", ApiBodies.NewFamily("Incident" + Guid.NewGuid().ToString("N")[..6]), HttpStatusCode.Created);
        var caseId = created["caseId"]!.GetValue<Guid>();
        await triage.PostAsync($"/api/cases/{caseId}/triage-decision", new { outcome = "refer-to-social-care", levelOfNeed = "specialist", rationale = "Significant harm: for children's social care" });
        var workflows = (await admin.GetAsync("/api/admin/workflows")).AsArray();
        var published = workflows.Single(w => w!["id"]!.GetValue<string>() == "step-down")!["published"]!.GetValue<int>();
        var real = await admin.GetTextAsync($"/api/admin/workflows/step-down/versions/{published}/export");
        await admin.SendJsonAsync(HttpMethod.Put, "/api/admin/workflows/step-down/draft", FaultingStepDown);
        await admin.PostAsync("/api/admin/workflows/step-down/draft/publish", new { });
        try
        {
            await socialWorker.PostAsync($"/api/cases/{caseId}/step-down-requests", new { reason = "Risks have reduced", socialCareReference = "CSC-2001" }, HttpStatusCode.Created);
        }
        finally
        {
            await admin.SendJsonAsync(HttpMethod.Put, "/api/admin/workflows/step-down/draft", real);
            await admin.PostAsync("/api/admin/workflows/step-down/draft/publish", new { });
        }

        return created["reference"]!.GetValue<string>();
    }
}
