namespace EarlyHelp.Browser.Tests;

/// <summary>A triage officer records an enquiry and decides it for Early Help; the team manager allocates a lead practitioner.</summary>
[Collection(BrowserGroup.Name)]
public sealed class TriageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_triage_officer_takes_an_enquiry_to_allocation_and_the_manager_allocates_it()
    {
        const string test = nameof(A_triage_officer_takes_an_enquiry_to_allocation_and_the_manager_allocates_it);
        var familyName = "Triage" + Guid.NewGuid().ToString("N")[..6];
        await using var triage = await fixture.SignInAsync(test, "triage-north");
        Assert.EndsWith("/triage", triage.Page.Url, StringComparison.Ordinal);
        await Expect(triage.Page.GetByRole(AriaRole.Heading, new() { Name = "Triage inbox" })).ToBeVisibleAsync();
        await triage.ScreenshotAsync("triage-inbox");

        await triage.Page.GetByRole(AriaRole.Link, new() { Name = "Record a new enquiry" }).ClickAsync();
        await triage.ReadyAsync();
        await FillFamilyAsync(triage, familyName);
        await triage.SelectAsync("f-enquiry-referrer-agency", "school");
        await triage.FillAsync("f-enquiry-referrer-organisation", "Example Primary");
        await triage.CheckAsync("f-enquiry-needs-parenting");
        await triage.CheckAsync("f-enquiry-needs-school-attendance");
        await triage.SelectAsync("f-enquiry-levelOfNeed", "complex");
        await triage.CheckAsync("f-enquiry-consent-given");
        await triage.ScreenshotAsync("new-enquiry");
        await triage.Page.GetByRole(AriaRole.Button, new() { Name = "Record the enquiry" }).ClickAsync();

        await triage.Page.WaitForURLAsync(url => url.Contains("/cases/", StringComparison.Ordinal));
        await triage.ExpectStageAsync("enquiry");
        var casePath = new Uri(triage.Page.Url).AbsolutePath;
        await Expect(triage.Page.GetByRole(AriaRole.Rowheader, new() { Name = $"Sam {familyName}" })).ToBeVisibleAsync();
        await triage.ScreenshotAsync("case-enquiry");

        await triage.OpenActionAsync("Record the triage decision");
        await triage.CheckAsync("f-outcome-early-help");
        await triage.SelectAsync("f-levelOfNeed", "complex");
        await triage.FillAsync("f-rationale", "Needs a Team Around the Family");
        await triage.SendAsync("Record the decision", "The triage decision is recorded.");
        await triage.ExpectStageAsync("allocation");
        await triage.ScreenshotAsync("case-allocation");

        // The manager works on a tablet (820 pixels wide, portrait): the case page fits it without scrolling sideways.
        await using var manager = await fixture.SignInAsync(test, "manager-north", width: 820);
        await manager.GotoAsync(casePath);
        await manager.OpenActionAsync("Allocate a lead practitioner");
        await manager.SelectAsync("f-practitionerId", "lp-north");
        await manager.ScreenshotAsync("allocation-form");
        await manager.SendAsync("Allocate", "The lead practitioner is allocated.");

        await manager.ExpectStageAsync("allocation");
        await Expect(manager.Page.Locator("dd").Filter(new() { HasText = "lp-north" })).ToBeVisibleAsync();
        await Expect(manager.Page.GetByRole(AriaRole.Button, new() { Name = "Start the assessment (EHA)" })).ToBeDisabledAsync();
        await Expect(manager.Page.Locator("#why-start-assessment")).ToContainTextAsync("consent");
        Assert.True(await manager.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The case page scrolls sideways at tablet width.");
        await manager.ScreenshotAsync("case-allocated-tablet");
    }

    [Fact]
    public async Task Recording_a_second_enquiry_for_a_known_child_warns_of_the_family_and_then_of_the_open_episode()
    {
        const string test = nameof(Recording_a_second_enquiry_for_a_known_child_warns_of_the_family_and_then_of_the_open_episode);
        var familyName = "Known" + Guid.NewGuid().ToString("N")[..6];
        using (var api = fixture.Api("triage-north"))
        {
            await api.PostAsync("/api/enquiries", ApiBodies.NewFamily(familyName), System.Net.HttpStatusCode.Created);
        }

        await using var triage = await fixture.SignInAsync(test, "triage-north");
        await triage.GotoAsync("/triage/new");
        await FillFamilyAsync(triage, familyName);
        await triage.SelectAsync("f-enquiry-referrer-agency", "health");
        await triage.FillAsync("f-enquiry-referrer-organisation", "Example Surgery");
        await triage.CheckAsync("f-enquiry-needs-parenting");
        await triage.SelectAsync("f-enquiry-levelOfNeed", "additional");
        await triage.CheckAsync("f-enquiry-consent-given");
        await triage.Page.GetByRole(AriaRole.Button, new() { Name = "Record the enquiry" }).ClickAsync();

        await Expect(triage.Page.GetByRole(AriaRole.Heading, new() { Name = "This family may already be known" })).ToBeVisibleAsync();
        await triage.ScreenshotAsync("possible-duplicate");
        await triage.Page.GetByRole(AriaRole.Button, new() { Name = "Use this known family" }).ClickAsync();

        await Expect(triage.Page.GetByRole(AriaRole.Heading, new() { Name = "A child already has an open episode" })).ToBeVisibleAsync();
        await triage.ScreenshotAsync("open-episode");
        await triage.Page.GetByRole(AriaRole.Button, new() { Name = "Add this enquiry to the open episode" }).ClickAsync();
        await triage.Page.WaitForURLAsync(url => url.Contains("/cases/", StringComparison.Ordinal));
        await triage.ReadyAsync();
        await Expect(triage.Page.Locator("#enquiries-heading + ul > li")).ToHaveCountAsync(2);
        await triage.ScreenshotAsync("case-two-enquiries");
    }

    /// <summary>The new-enquiry form's family: an adult and a child of the given family name at one address.</summary>
    private static async Task FillFamilyAsync(StaffBrowser triage, string familyName)
    {
        await triage.FillAsync("f-family-address-line1", "1 Example Street");
        await triage.FillAsync("f-family-address-town", "Derby");
        await triage.FillAsync("f-family-address-postcode", "DE1 1AA");
        await triage.FillAsync("f-family-members-0-givenName", "Alex");
        await triage.FillAsync("f-family-members-0-familyName", familyName);
        await triage.FillAsync("f-family-members-1-givenName", "Sam");
        await triage.FillAsync("f-family-members-1-familyName", familyName);
        await triage.FillAsync("f-family-members-1-dateOfBirth", "2014-03-10");
    }
}
