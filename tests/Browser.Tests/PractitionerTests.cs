namespace EarlyHelp.Browser.Tests;

/// <summary>A lead practitioner works an allocated case from the caseload: consent, the assessment and plan, a TAF meeting, a review.</summary>
[Collection(BrowserGroup.Name)]
public sealed class PractitionerTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_practitioner_records_consent_the_assessment_a_taf_meeting_and_a_review()
    {
        const string test = nameof(A_practitioner_records_consent_the_assessment_a_taf_meeting_and_a_review);
        var (caseId, reference) = await AllocatedCaseAsync();
        await using var practitioner = await fixture.SignInAsync(test, "lp-north");
        Assert.EndsWith("/caseload", practitioner.Page.Url, StringComparison.Ordinal);
        await practitioner.ScreenshotAsync("caseload");
        await practitioner.Page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await practitioner.ExpectStageAsync("allocation");
        Assert.EndsWith($"/cases/{caseId}", practitioner.Page.Url, StringComparison.Ordinal);

        await practitioner.OpenActionAsync("Record consent");
        await practitioner.CheckAsync("f-status-given");
        await practitioner.CheckAsync("f-givenBy-parent");
        await practitioner.SendAsync("Record consent", "Consent is recorded.");

        await practitioner.OpenActionAsync("Start the assessment (EHA)");
        await practitioner.FillAsync("f-note", "Home visit arranged");
        await practitioner.SendAsync("Start the assessment", "The assessment has started.");
        await practitioner.ExpectStageAsync("assessment");

        await practitioner.OpenActionAsync("Complete the assessment with a family plan");
        await practitioner.SelectAsync("f-levelOfNeed", "complex");
        await practitioner.CheckAsync("f-needsIdentified-school-attendance");
        await practitioner.FillAsync("f-plan-0-description", "Attendance plan with the school");
        await practitioner.FillAsync("f-plan-0-owner", "Example Primary");
        await practitioner.FillAsync("f-plan-0-dueOn", DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"));
        await practitioner.ScreenshotAsync("assessment-form");
        await practitioner.SendAsync("Complete the assessment", "The assessment is complete and the family plan agreed.");
        await practitioner.ExpectStageAsync("team-around-family");
        await Expect(practitioner.Page.GetByRole(AriaRole.Cell, new() { Name = "Attendance plan with the school" })).ToBeVisibleAsync();

        await practitioner.OpenActionAsync("Record a TAF meeting");
        await practitioner.CheckAsync("f-agenciesPresent-school");
        await practitioner.CheckAsync("f-agenciesPresent-health");
        await practitioner.CheckAsync("f-familyPresent-yes");
        await practitioner.FillAsync("f-summary", "Plan agreed with the family");
        await practitioner.SendAsync("Record the meeting", "The TAF meeting is recorded.");
        await practitioner.ExpectStageAsync("review");

        await practitioner.OpenActionAsync("Record outcome readings");
        await ReadingsAsync(practitioner, "", ("Attendance", "3"), ("Routines", "4"), ("Wellbeing", "2"));
        await practitioner.SendAsync("Record the readings", "The outcome readings are recorded.");

        await practitioner.OpenActionAsync("Record a review");
        await practitioner.CheckAsync("f-outcome-continue-plan");
        await practitioner.FillAsync("f-summary", "Attendance is up");
        await ReadingsAsync(practitioner, "readings-", ("Attendance", "5"), ("Routines", "4"), ("Wellbeing", "1"));
        await practitioner.ScreenshotAsync("review-form");
        await practitioner.SendAsync("Record the review", "The review is recorded.");

        await practitioner.ExpectStageAsync("review");
        await Expect(practitioner.Page.GetByRole(AriaRole.Cell, new() { Name = "Continue plan" })).ToBeVisibleAsync();
        var attendance = practitioner.Page.GetByRole(AriaRole.Row).Filter(new() { Has = practitioner.Page.GetByRole(AriaRole.Rowheader, new() { Name = "Attendance" }) });
        await Expect(attendance).ToContainTextAsync("Improving");
        await Expect(practitioner.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Wellbeing" })).ToContainTextAsync("Worse");
        await Expect(practitioner.Page.Locator(".outcome-chart svg").First).ToBeVisibleAsync();
        await practitioner.ScreenshotAsync("case-after-review");
        await practitioner.Page.Locator(".outcome-chart").ScreenshotAsync(new() { Path = Path.Combine(StaffBrowser.ScreenshotFolder, $"{test}--outcome-chart.png") });
    }

    [Fact]
    public async Task A_practitioner_marks_a_plan_action_done_and_adds_another()
    {
        const string test = nameof(A_practitioner_marks_a_plan_action_done_and_adds_another);
        var (caseId, _) = await CaseWithAPlanAsync();
        await using var practitioner = await fixture.SignInAsync(test, "lp-north");
        await practitioner.GotoAsync($"cases/{caseId}");
        await practitioner.ExpectStageAsync("team-around-family");

        await practitioner.OpenActionAsync("Update the family plan");
        await Expect(practitioner.Page.Locator("#f-plan-0-description")).ToHaveValueAsync("Attendance plan with the school");
        await practitioner.SelectAsync("f-plan-0-status", "done");
        await practitioner.Page.GetByRole(AriaRole.Button, new() { Name = "Add another action" }).ClickAsync();
        await practitioner.FillAsync("f-plan-1-description", "Parenting course");
        await practitioner.Page.Locator("#action-form").GetByRole(AriaRole.Button, new() { Name = "Save the plan", Exact = true }).ClickAsync();
        await Expect(practitioner.Page.Locator("#f-plan-1-owner-error")).ToBeVisibleAsync();
        await practitioner.FillAsync("f-plan-1-owner", "Family hub");
        await practitioner.FillAsync("f-plan-1-dueOn", DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd"));
        await practitioner.ScreenshotAsync("plan-form");
        await practitioner.SendAsync("Save the plan", "The family plan is updated.");

        var done = practitioner.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Attendance plan with the school" });
        await Expect(done).ToContainTextAsync("Done");
        await Expect(practitioner.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Parenting course" })).ToContainTextAsync("Open");
        await practitioner.ScreenshotAsync("case-after-plan-update");
    }

    private static async Task ReadingsAsync(StaffBrowser browser, string prefix, params (string Domain, string Score)[] scores)
    {
        await browser.FillAsync($"f-{prefix}measure", "Family outcomes");
        for (var i = 0; i < scores.Length; i++)
        {
            await browser.FillAsync($"f-{prefix}scores-{i}-domain", scores[i].Domain);
            await browser.FillAsync($"f-{prefix}scores-{i}-score", scores[i].Score);
        }
    }

    /// <summary>A North case decided for Early Help and allocated to lp-north, through the API.</summary>
    private async Task<(Guid CaseId, string Reference)> AllocatedCaseAsync()
    {
        using var triage = fixture.Api("triage-north");
        using var manager = fixture.Api("manager-north");
        var created = await triage.PostAsync("/api/enquiries", ApiBodies.NewFamily("Practice" + Guid.NewGuid().ToString("N")[..6]), System.Net.HttpStatusCode.Created);
        var caseId = created["caseId"]!.GetValue<Guid>();
        await triage.PostAsync($"/api/cases/{caseId}/triage-decision", new { outcome = "early-help", levelOfNeed = "complex", rationale = "Needs a Team Around the Family" });
        await manager.PostAsync($"/api/cases/{caseId}/allocation", new { practitionerId = "lp-north" });
        return (caseId, created["reference"]!.GetValue<string>());
    }

    /// <summary>An allocated North case with consent, the assessment completed and a one-action plan, through the API.</summary>
    private async Task<(Guid CaseId, string Reference)> CaseWithAPlanAsync()
    {
        var (caseId, reference) = await AllocatedCaseAsync();
        using var practitioner = fixture.Api("lp-north");
        await practitioner.PostAsync($"/api/cases/{caseId}/consent", new { status = "given", givenBy = "parent" });
        await practitioner.PostAsync($"/api/cases/{caseId}/assessment/start", new { note = "Home visit arranged" });
        await practitioner.PostAsync($"/api/cases/{caseId}/assessment/complete", new
        {
            levelOfNeed = "complex",
            needsIdentified = (string[])["school-attendance"],
            plan = new[] { new { description = "Attendance plan with the school", owner = "Example Primary", dueOn = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd") } },
        });
        return (caseId, reference);
    }
}
