namespace EarlyHelp.Browser.Tests;

/// <summary>Only administrators reach the administration pages; everyone else is told their role does not allow it.</summary>
[Collection(BrowserGroup.Name)]
public sealed class AdministrationTests(BrowserFixture fixture)
{
    /// <summary>Every administration page (an instance's and a job's with made-up or real names: the refusal comes first).</summary>
    public static TheoryData<string, string> AdministrationPages { get; } = new()
    {
        { "admin", "admin" },
        { "admin/instances", "instances" },
        { "admin/instances/0f8fad5b-d9cb-469f-a165-70867728950e", "instance" },
        { "admin/incidents", "incidents" },
        { "admin/jobs", "jobs" },
        { "admin/jobs/timeliness-check", "job-runs" },
        { "admin/users", "users" },
    };

    [Theory]
    [MemberData(nameof(AdministrationPages))]
    public async Task A_user_without_the_administrator_role_is_refused_each_administration_page(string path, string name)
    {
        await using var practitioner = await fixture.SignInAsync($"{nameof(A_user_without_the_administrator_role_is_refused_each_administration_page)}-{name}", "manager-north");
        await Expect(practitioner.Page.GetByRole(AriaRole.Link, new() { Name = "Administration" })).Not.ToBeVisibleAsync();

        await practitioner.Page.GotoAsync(path);

        await Expect(practitioner.Page.GetByRole(AriaRole.Heading, new() { Name = "You cannot use this page" })).ToBeVisibleAsync();
        Assert.Contains("/access-denied", practitioner.Page.Url, StringComparison.Ordinal);
        await practitioner.ScreenshotAsync("refused");
    }

    [Fact]
    public async Task An_administrator_reaches_every_administration_page_from_the_administration_page()
    {
        await using var administrator = await fixture.SignInAsync(nameof(An_administrator_reaches_every_administration_page_from_the_administration_page), "admin");
        Assert.EndsWith("/admin", administrator.Page.Url, StringComparison.Ordinal);
        await administrator.ScreenshotAsync("admin");

        await administrator.Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Users and teams" }).ClickAsync();
        await Expect(administrator.Page.GetByRole(AriaRole.Heading, new() { Name = "Users and teams", Exact = true })).ToBeVisibleAsync();
        await Expect(administrator.Page.GetByRole(AriaRole.Rowheader, new() { Name = "triage-north", Exact = true })).ToBeVisibleAsync();
        await Expect(administrator.Page.GetByRole(AriaRole.Cell, new() { Name = "North locality team" })).ToBeVisibleAsync();
        await administrator.ScreenshotAsync("users");

        await administrator.Page.GetByRole(AriaRole.Navigation, new() { Name = "Administration" }).GetByRole(AriaRole.Link, new() { Name = "Workflow instances" }).ClickAsync();
        await Expect(administrator.Page.GetByRole(AriaRole.Heading, new() { Name = "Workflow instances", Exact = true })).ToBeVisibleAsync();
        await administrator.ScreenshotAsync("instances");
    }

    [Fact]
    public async Task An_administrator_adds_a_user_after_correcting_the_answers_the_pipeline_refused()
    {
        const string test = nameof(An_administrator_adds_a_user_after_correcting_the_answers_the_pipeline_refused);
        var userId = "lp-" + Guid.NewGuid().ToString("N")[..8];
        await using var administrator = await fixture.SignInAsync(test, "admin");
        await administrator.GotoAsync("admin/users");

        await administrator.Page.GetByRole(AriaRole.Button, new() { Name = "Add a user" }).ClickAsync();
        await administrator.FillAsync("f-id", "has spaces");
        await administrator.CheckAsync("f-roles-lead-practitioner");
        await administrator.Page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();

        await Expect(administrator.Page.Locator("#f-id-error")).ToContainTextAsync("no spaces");
        await Expect(administrator.Page.Locator("#f-displayName-error")).ToBeVisibleAsync();
        await Expect(administrator.Page.Locator("#f-teamId-error")).ToContainTextAsync("Required for the roles");
        await administrator.ScreenshotAsync("user-form-refused");
        await administrator.FillAsync("f-id", userId);
        await administrator.FillAsync("f-displayName", "Robin Example");
        await administrator.SelectAsync("f-teamId", "north");
        await administrator.Page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();

        await Expect(administrator.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"{userId} is added." })).ToBeVisibleAsync();
        var row = administrator.Page.GetByRole(AriaRole.Row).Filter(new() { Has = administrator.Page.GetByRole(AriaRole.Rowheader, new() { Name = userId }) });
        await Expect(row).ToContainTextAsync("lead practitioner");
        await Expect(row).ToContainTextAsync("north");

        await administrator.Page.GetByRole(AriaRole.Button, new() { Name = $"Change {userId}" }).ClickAsync();
        await administrator.CheckAsync("f-active-no");
        await administrator.ScreenshotAsync("user-form-change");
        await administrator.Page.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();
        await Expect(administrator.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"The changes to {userId} are saved." })).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "No", Exact = true })).ToBeVisibleAsync();
        await administrator.ScreenshotAsync("users-after");
    }

    [Fact]
    public async Task An_administrator_runs_a_job_now_and_sees_its_run()
    {
        const string test = nameof(An_administrator_runs_a_job_now_and_sees_its_run);
        await using var administrator = await fixture.SignInAsync(test, "admin");
        await administrator.GotoAsync("admin/jobs");
        var job = administrator.Page.Locator("tr[data-job='daily-reconciliation']");
        await Expect(job).ToContainTextAsync("Daily at 03:15 (UK time)");
        await administrator.ScreenshotAsync("jobs");

        await administrator.Page.GetByRole(AriaRole.Button, new() { Name = "Run daily reconciliation now" }).ClickAsync();
        await Expect(administrator.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Daily reconciliation will run in a moment" })).ToBeVisibleAsync();

        await job.GetByRole(AriaRole.Link, new() { Name = "Daily reconciliation" }).ClickAsync();
        await Expect(administrator.Page.GetByRole(AriaRole.Heading, new() { Name = "Runs of daily reconciliation" })).ToBeVisibleAsync();
        var run = administrator.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Run now by admin" });
        // The run starts on the scheduler's thread: ask again until it is listed and has finished.
        for (var attempt = 0; attempt < 30 && !await run.Filter(new() { HasText = "Succeeded" }).IsVisibleAsync(); attempt++)
        {
            await Task.Delay(500);
            await administrator.Page.GetByRole(AriaRole.Button, new() { Name = "Check for new runs" }).ClickAsync();
        }

        await Expect(run).ToContainTextAsync("Succeeded");
        await administrator.ScreenshotAsync("job-runs");
    }

    [Fact]
    public async Task The_administration_pages_fit_a_tablet_without_scrolling_sideways()
    {
        await using var administrator = await fixture.SignInAsync(nameof(The_administration_pages_fit_a_tablet_without_scrolling_sideways), "admin", width: 768);

        foreach (var (path, name) in new[] { ("admin", "admin"), ("admin/instances", "instances"), ("admin/incidents", "incidents"), ("admin/jobs", "jobs"), ("admin/jobs/panel-agenda", "job-runs"), ("admin/users", "users") })
        {
            await administrator.GotoAsync(path);
            await Expect(administrator.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            // Wide tables scroll inside their own region; the page itself must not.
            Assert.True(await administrator.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at 768 pixels");
            await administrator.ScreenshotAsync($"tablet-{name}");
        }
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
