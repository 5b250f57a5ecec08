using System.Text.Json.Nodes;

namespace EarlyHelp.Browser.Tests;

/// <summary>The dashboard shows the performance framework's measures to those the report is for, and to no one else.</summary>
[Collection(BrowserGroup.Name)]
public sealed class DashboardTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_team_manager_sees_this_years_measures_by_quarter_and_area_and_downloads_them_as_csv()
    {
        const string test = nameof(A_team_manager_sees_this_years_measures_by_quarter_and_area_and_downloads_them_as_csv);
        using var triage = fixture.Api("triage-north");
        await triage.PostAsync("/api/enquiries", ApiBodies.NewFamily("Dash" + Guid.NewGuid().ToString("N")[..6]), System.Net.HttpStatusCode.Created);
        // Other tests share the Host, so the figures to expect are the API's, read after the enquiry.
        using var api = fixture.Api("manager-north");
        var report = await api.GetAsync("/api/reports/measures");
        var asOf = DateOnly.Parse(report["asOf"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var quarter = report["periods"]!.AsArray().First(p => p!["period"]!.GetValue<string>() != "year"
            && DateOnly.Parse(p!["from"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) <= asOf
            && asOf <= DateOnly.Parse(p["to"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))!;
        var quarterName = quarter["period"]!.GetValue<string>();

        await using var manager = await fixture.SignInAsync(test, "manager-north");
        await manager.Page.SetViewportSizeAsync(1280, 900);
        await manager.Page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await manager.ReadyAsync();
        Assert.EndsWith("/dashboard", manager.Page.Url, StringComparison.Ordinal);
        await Expect(manager.Page.GetByLabel("Financial year", new() { Exact = true })).ToHaveValueAsync(report["year"]!.GetValue<string>());
        await Expect(manager.Page.GetByRole(AriaRole.Heading, new() { Name = "How much did we do?" })).ToBeVisibleAsync();
        await Expect(manager.Page.GetByRole(AriaRole.Heading, new() { Name = "How well did we do it?" })).ToBeVisibleAsync();
        await Expect(manager.Page.GetByRole(AriaRole.Heading, new() { Name = "Is anyone better off?" })).ToBeVisibleAsync();
        var enquiries = Cell(manager, "enquiries-received", quarterName);
        var councilCount = Count(quarter, "council");
        Assert.True(councilCount >= 1, "The arranged enquiry counts in this quarter");
        await Expect(enquiries).ToHaveTextAsync(councilCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(manager.Page.GetByRole(AriaRole.Img, new() { Name = "Enquiries received, by quarter" })).ToBeVisibleAsync();
        await manager.ScreenshotAsync("council-1280");
        Assert.False(await WiderThanWindowAsync(manager), "No sideways page scroll at 1280 px");

        await manager.Page.GetByLabel("Area", new() { Exact = true }).SelectOptionAsync("north");
        await Expect(enquiries).ToHaveTextAsync(Count(quarter, "north").ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(manager.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "North" })).ToBeVisibleAsync();
        await manager.Page.SetViewportSizeAsync(1024, 768);
        await manager.ScreenshotAsync("north-tablet");
        Assert.False(await WiderThanWindowAsync(manager), "No sideways page scroll on a tablet");

        var link = manager.Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Download the measures") });
        var href = await link.GetAttributeAsync("href");
        var csv = await manager.Page.APIRequest.GetAsync(href!);
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("text/csv", csv.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("enquiries-received", await csv.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_practitioner_is_refused_the_dashboard()
    {
        await using var practitioner = await fixture.SignInAsync(nameof(A_practitioner_is_refused_the_dashboard), "lp-north");
        await Expect(practitioner.Page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" })).Not.ToBeVisibleAsync();

        await practitioner.Page.GotoAsync("dashboard");

        await Expect(practitioner.Page.GetByRole(AriaRole.Heading, new() { Name = "You cannot use this page" })).ToBeVisibleAsync();
        Assert.Contains("/access-denied", practitioner.Page.Url, StringComparison.Ordinal);
        await practitioner.ScreenshotAsync("refused");
    }

    private static ILocator Cell(StaffBrowser browser, string measure, string period) =>
        browser.Page.Locator($"tr[data-measure='{measure}']:not([data-breakdown]) td[data-period='{period}']");

    private static long Count(JsonNode period, string area) =>
        period["areas"]!.AsArray().First(a => a!["area"]!.GetValue<string>() == area)!["figures"]!.AsArray()
            .First(f => f!["measure"]!.GetValue<string>() == "enquiries-received" && f["breakdown"] is null)!["numerator"]!.GetValue<long>();

    private static Task<bool> WiderThanWindowAsync(StaffBrowser browser) =>
        browser.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
}
