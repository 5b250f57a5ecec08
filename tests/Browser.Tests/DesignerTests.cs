using System.Net;
using System.Text.Json.Nodes;

namespace EarlyHelp.Browser.Tests;

/// <summary>
/// The workflow designer: an administrator changes the referral pathway and publishes it; cases already running stay
/// on the version they started on, new ones start on the new version.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class DesignerTests(BrowserFixture fixture)
{
    private const string Pathway = "referral-to-closure";

    /// <summary>The designer has drawn its canvas: the page's script sets this once the steps are measured and shown.</summary>
    public const string Ready = "#designer[data-ready='yes']";

    [Fact]
    public async Task An_administrator_adds_a_step_and_publishes_version_2_which_new_cases_follow_while_older_cases_stay_on_version_1()
    {
        using var triage = fixture.Api("triage-north");
        using var adminApi = fixture.Api("admin");
        var older = await CreateCaseAsync(triage, "DesignerOlder");
        await using var admin = await fixture.SignInAsync(nameof(An_administrator_adds_a_step_and_publishes_version_2_which_new_cases_follow_while_older_cases_stay_on_version_1), "admin");
        var page = admin.Page;

        await admin.GotoAsync("admin/designer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Referral to closure" }).ClickAsync();
        await page.WaitForSelectorAsync(Ready);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "No problems" })).ToBeVisibleAsync();
        await admin.ScreenshotAsync("designer-opened");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add Wait for an event" }).ClickAsync();
        await page.GetByLabel("Name shown").FillAsync("Wait for the school's report");
        await page.Locator("#ehd-input-wait-for-event-event").FillAsync("school-report-received");
        await page.Locator("#ehd-choose").SelectOptionAsync("start");
        await page.Locator("#ehd-connect-next").SelectOptionAsync("wait-for-event");
        await page.GetByRole(AriaRole.Button, new() { Name = "Connect", Exact = true }).ClickAsync();
        await Expect(page.Locator(".react-flow__node", new() { HasTextString = "Wait for the school's report" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "No problems" })).ToBeVisibleAsync();
        await admin.ScreenshotAsync("step-added");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Version 2 is published" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Version history" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show what changed" }).ClickAsync();
        await Expect(page.Locator(".ehd-diff")).ToContainTextAsync("wait-for-event");
        await admin.ScreenshotAsync("published-with-diff");

        var newer = await CreateCaseAsync(triage, "DesignerNewer");
        var olderInstance = await InstanceOfAsync(adminApi, older);
        var newerInstance = await InstanceOfAsync(adminApi, newer);
        Assert.Equal(1, olderInstance["definitionVersion"]!.GetValue<int>());
        Assert.Equal(2, newerInstance["definitionVersion"]!.GetValue<int>());
        var waiting = await adminApi.GetAsync($"/api/admin/instances/{newerInstance["id"]}");
        Assert.Contains("wait-for-event", waiting.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("wait-for-event", (await adminApi.GetAsync($"/api/admin/instances/{olderInstance["id"]}")).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undo_takes_an_added_step_away_and_redo_brings_it_back_on_a_tablet()
    {
        await using var admin = await fixture.OpenAsync(nameof(Undo_takes_an_added_step_away_and_redo_brings_it_back_on_a_tablet), width: 1024, height: 768);
        await admin.SignInAsync("admin");
        var page = admin.Page;
        await admin.GotoAsync("admin/designer/review-cycle");
        await page.WaitForSelectorAsync(Ready);
        var steps = await page.Locator(".react-flow__node").CountAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add Delay" }).ClickAsync();
        await Expect(page.Locator(".react-flow__node")).ToHaveCountAsync(steps + 1);
        await Expect(page.Locator(".ehd-field.has-error")).Not.ToHaveCountAsync(0);
        await admin.ScreenshotAsync("tablet-step-added-with-problems");
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(page.Locator(".react-flow__node")).ToHaveCountAsync(steps);
        await page.Locator(".react-flow__pane").ClickAsync();
        await page.Keyboard.PressAsync("Control+y");
        await Expect(page.Locator(".react-flow__node")).ToHaveCountAsync(steps + 1);
        await admin.ScreenshotAsync("tablet-redone");
    }

    [Fact]
    public async Task A_step_dragged_from_the_toolbox_and_connected_port_to_port_on_the_canvas_is_saved_in_the_draft()
    {
        using var adminApi = fixture.Api("admin");
        await using var admin = await fixture.SignInAsync(nameof(A_step_dragged_from_the_toolbox_and_connected_port_to_port_on_the_canvas_is_saved_in_the_draft), "admin");
        var page = admin.Page;
        await admin.GotoAsync("admin/designer/step-down");
        await page.WaitForSelectorAsync(Ready);
        var pane = await page.Locator(".react-flow__pane").BoundingBoxAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add Delay" }).DragToAsync(page.Locator(".react-flow__pane"), new() { TargetPosition = new() { X = pane!.Width / 2, Y = 30 } });
        var from = await page.Locator(".react-flow__node[data-id='start'] .react-flow__handle.source").BoundingBoxAsync();
        var to = await page.Locator(".react-flow__node[data-id='delay'] .react-flow__handle.target").BoundingBoxAsync();
        await page.Mouse.MoveAsync(from!.X + (from.Width / 2), from.Y + (from.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to!.X + (to.Width / 2), to.Y + (to.Height / 2), new() { Steps = 10 });
        await page.Mouse.UpAsync();
        await page.Locator("#ehd-choose").SelectOptionAsync("delay");
        await page.Locator("#ehd-input-delay-duration").FillAsync("{ \"workingDays\": 2 }");
        await admin.ScreenshotAsync("dragged-and-connected");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is saved" })).ToBeVisibleAsync();
        var workflow = (await adminApi.GetAsync("/api/admin/workflows")).AsArray().Single(w => w!["id"]!.GetValue<string>() == "step-down")!;
        var draft = await adminApi.GetAsync($"/api/admin/workflows/step-down/versions/{workflow["draft"]}");
        Assert.Contains(draft["connections"]!.AsArray(), c => c!["from"]!.GetValue<string>() == "start" && c["to"]!.GetValue<string>() == "delay");
        var delay = draft["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "delay")!;
        Assert.Equal(2, delay["inputs"]!["duration"]!["workingDays"]!.GetValue<int>());
        await admin.ScreenshotAsync("saved");
    }

    [Fact]
    public async Task Trying_a_pathway_shows_the_trace_of_a_run_with_a_pretend_clock()
    {
        await using var admin = await fixture.SignInAsync(nameof(Trying_a_pathway_shows_the_trace_of_a_run_with_a_pretend_clock), "admin");
        var page = admin.Page;
        await admin.GotoAsync("admin/designer/review-cycle");
        await page.WaitForSelectorAsync(Ready);

        await page.GetByRole(AriaRole.Button, new() { Name = "Try it" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Run the scenario" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Trace" })).ToContainTextAsync("instance-started");
        await admin.ScreenshotAsync("tried");
    }

    private static async Task<Guid> CreateCaseAsync(ApiSession triage, string familyName)
    {
        var created = await triage.PostAsync("/api/enquiries", ApiBodies.NewFamily(familyName + Guid.NewGuid().ToString("N")[..6]), HttpStatusCode.Created);
        return created["caseId"]!.GetValue<Guid>();
    }

    private static async Task<JsonNode> InstanceOfAsync(ApiSession admin, Guid caseId)
    {
        var page = await admin.GetAsync($"/api/admin/instances?definitionId={Pathway}&pageSize=200");
        return page["items"]!.AsArray().Single(i => i!["caseId"]?.GetValue<Guid>() == caseId)!;
    }
}
