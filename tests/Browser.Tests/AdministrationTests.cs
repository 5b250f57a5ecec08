namespace EarlyHelp.Browser.Tests;

/// <summary>Only administrators reach the administration pages; everyone else is told their role does not allow it.</summary>
[Collection(BrowserGroup.Name)]
public sealed class AdministrationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_user_without_the_administrator_role_cannot_reach_the_administration_pages()
    {
        await using var practitioner = await fixture.SignInAsync(nameof(A_user_without_the_administrator_role_cannot_reach_the_administration_pages), "lp-north");
        await practitioner.ScreenshotAsync("caseload");
        await Expect(practitioner.Page.GetByRole(AriaRole.Link, new() { Name = "Administration" })).Not.ToBeVisibleAsync();

        await practitioner.Page.GotoAsync("admin");

        await Expect(practitioner.Page.GetByRole(AriaRole.Heading, new() { Name = "You cannot use this page" })).ToBeVisibleAsync();
        Assert.Contains("/access-denied", practitioner.Page.Url, StringComparison.Ordinal);
        await practitioner.ScreenshotAsync("admin-refused");
    }

    [Fact]
    public async Task An_administrator_sees_the_users_and_teams()
    {
        await using var administrator = await fixture.SignInAsync(nameof(An_administrator_sees_the_users_and_teams), "admin");

        Assert.EndsWith("/admin", administrator.Page.Url, StringComparison.Ordinal);
        await Expect(administrator.Page.GetByRole(AriaRole.Heading, new() { Name = "Administration", Exact = true })).ToBeVisibleAsync();
        await Expect(administrator.Page.GetByRole(AriaRole.Gridcell, new() { Name = "triage-north", Exact = true })).ToBeVisibleAsync();
        await Expect(administrator.Page.GetByRole(AriaRole.Cell, new() { Name = "North locality team" })).ToBeVisibleAsync();
        await administrator.ScreenshotAsync("admin");
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_pages_then_ask_to_sign_in()
    {
        await using var browser = await fixture.SignInAsync(nameof(Signing_out_ends_the_session_and_pages_then_ask_to_sign_in), "triage-north");

        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(browser.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "You have signed out." })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("signed-out");
        await browser.Page.GotoAsync("triage");
        Assert.Contains("/sign-in?ReturnUrl=%2Ftriage", browser.Page.Url, StringComparison.Ordinal);
    }
}
