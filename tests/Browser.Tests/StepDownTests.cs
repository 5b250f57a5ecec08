using System.Net;

namespace EarlyHelp.Browser.Tests;

/// <summary>A social worker asks the panel to step a case down; after the panel accepts, the team's manager steps it down.</summary>
[Collection(BrowserGroup.Name)]
public sealed class StepDownTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_social_worker_asks_for_a_step_down_that_then_appears_on_the_panel_agenda()
    {
        const string test = nameof(A_social_worker_asks_for_a_step_down_that_then_appears_on_the_panel_agenda);
        var (caseId, reference) = await SteppedUpCaseAsync();
        await using (var socialWorker = await fixture.SignInAsync(test, "social-worker"))
        {
            Assert.EndsWith("/social-care", socialWorker.Page.Url, StringComparison.Ordinal);
            await socialWorker.ScreenshotAsync("social-care");
            await socialWorker.Page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
            await socialWorker.ReadyAsync();
            await socialWorker.ExpectStageAsync("stepped-up");
            Assert.EndsWith($"/cases/{caseId}", socialWorker.Page.Url, StringComparison.Ordinal);

            await socialWorker.OpenActionAsync("Ask the panel to step this case down");
            await socialWorker.Page.Locator("#action-form").GetByRole(AriaRole.Button, new() { Name = "Send the request", Exact = true }).ClickAsync();
            await Expect(socialWorker.Page.Locator("#f-reason-error")).ToBeVisibleAsync();
            await socialWorker.FillAsync("f-reason", "Risks have reduced; Early Help can meet the family's needs");
            await socialWorker.FillAsync("f-socialCareReference", "CSC-3001");
            await socialWorker.ScreenshotAsync("request-form");
            await socialWorker.SendAsync("Send the request", "The step-down request is sent to the panel.");
            await socialWorker.ScreenshotAsync("case-after-request");
        }

        await using var chair = await fixture.SignInAsync(test, "panel-chair");
        var request = chair.Page.GetByRole(AriaRole.Row).Filter(new() { Has = chair.Page.GetByRole(AriaRole.Link, new() { Name = reference }) });
        await Expect(request).ToContainTextAsync("CSC-3001");
        await chair.ScreenshotAsync("agenda");
    }

    [Fact]
    public async Task A_team_manager_steps_a_case_down_once_the_panel_accepted_it_and_the_family_consented()
    {
        const string test = nameof(A_team_manager_steps_a_case_down_once_the_panel_accepted_it_and_the_family_consented);
        var (caseId, _) = await SteppedUpCaseAsync();
        using (var socialWorker = fixture.Api("social-worker"))
        using (var chair = fixture.Api("panel-chair"))
        {
            var made = await socialWorker.PostAsync($"/api/cases/{caseId}/step-down-requests", new { reason = "Risks have reduced", socialCareReference = "CSC-3002" }, HttpStatusCode.Created);
            await chair.PostAsync($"/api/cases/{caseId}/panel-decision", new { requestId = made["requestId"]!.GetValue<Guid>(), outcome = "accept-to-locality", localityTeam = "north" });
            await socialWorker.PostAsync($"/api/cases/{caseId}/consent", new { status = "given", givenBy = "parent" });
        }

        await using var manager = await fixture.SignInAsync(test, "manager-north");
        await manager.GotoAsync($"cases/{caseId}");
        await manager.ExpectStageAsync("stepped-up");
        await manager.OpenActionAsync("Step down to Early Help");
        await manager.SelectAsync("f-leadPractitionerId", "lp-north");
        await manager.SelectAsync("f-agreedLevelOfNeed", "additional");
        await manager.ScreenshotAsync("step-down-form");
        await manager.SendAsync("Step down", "The case is stepped down to Early Help.");

        await manager.ExpectStageAsync("stepped-down");
        await manager.ScreenshotAsync("case-after-step-down");
    }

    /// <summary>A North case referred to children's social care at triage, through the API.</summary>
    private async Task<(Guid CaseId, string Reference)> SteppedUpCaseAsync()
    {
        using var triage = fixture.Api("triage-north");
        var created = await triage.PostAsync("/api/enquiries", ApiBodies.NewFamily("Stepdown" + Guid.NewGuid().ToString("N")[..6]), HttpStatusCode.Created);
        var caseId = created["caseId"]!.GetValue<Guid>();
        await triage.PostAsync($"/api/cases/{caseId}/triage-decision", new { outcome = "refer-to-social-care", levelOfNeed = "specialist", rationale = "Significant harm: for children's social care" });
        return (caseId, created["reference"]!.GetValue<string>());
    }
}
