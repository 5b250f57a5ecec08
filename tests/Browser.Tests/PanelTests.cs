namespace EarlyHelp.Browser.Tests;

/// <summary>The step-down panel's chair decides a request from social care, and the minutes show the decision.</summary>
[Collection(BrowserGroup.Name)]
public sealed class PanelTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_panel_chair_accepts_a_step_down_request_to_a_locality_team()
    {
        const string test = nameof(A_panel_chair_accepts_a_step_down_request_to_a_locality_team);
        var reference = await SteppedUpCaseWithARequestAsync();
        await using var chair = await fixture.SignInAsync(test, "panel-chair");
        Assert.EndsWith("/panel", chair.Page.Url, StringComparison.Ordinal);
        await Expect(chair.Page.GetByRole(AriaRole.Link, new() { Name = reference })).ToBeVisibleAsync();
        await chair.ScreenshotAsync("agenda");

        await chair.Page.GetByRole(AriaRole.Button, new() { Name = $"Decide {reference}" }).ClickAsync();
        await chair.CheckAsync("f-outcome-accept-to-locality");
        await chair.SelectAsync("f-localityTeam", "north");
        await chair.ScreenshotAsync("decision-form");
        await chair.Page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();

        await Expect(chair.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"The panel's decision on {reference} is recorded" })).ToBeVisibleAsync();
        await Expect(chair.Page.GetByRole(AriaRole.Link, new() { Name = reference })).ToHaveCountAsync(0);
        await chair.ScreenshotAsync("agenda-after-decision");

        await chair.Page.GetByRole(AriaRole.Link, new() { Name = "Minutes of the panel's decisions" }).ClickAsync();
        await chair.ReadyAsync();
        var minute = chair.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = reference });
        await Expect(minute).ToContainTextAsync("Accept to locality");
        await Expect(minute).ToContainTextAsync("north");
        await chair.ScreenshotAsync("minutes");
    }

    /// <summary>A North case referred to social care at triage, and social care's request to step it down: through the API.</summary>
    private async Task<string> SteppedUpCaseWithARequestAsync()
    {
        using var triage = fixture.Api("triage-north");
        using var socialWorker = fixture.Api("social-worker");
        var created = await triage.PostAsync("/api/enquiries", ApiBodies.NewFamily("Panel" + Guid.NewGuid().ToString("N")[..6]), System.Net.HttpStatusCode.Created);
        var caseId = created["caseId"]!.GetValue<Guid>();
        await triage.PostAsync($"/api/cases/{caseId}/triage-decision", new { outcome = "refer-to-social-care", levelOfNeed = "specialist", rationale = "Significant harm: for children's social care" });
        await socialWorker.PostAsync($"/api/cases/{caseId}/step-down-requests",
            new { reason = "Risks have reduced; Early Help can meet the need", socialCareReference = "CSC-1001" }, System.Net.HttpStatusCode.Created);
        return created["reference"]!.GetValue<string>();
    }
}
