namespace EarlyHelp.Browser.Tests;

/// <summary>What the browser tests do on the case page: open an action's form, fill its fields, send it, and read the stage.</summary>
internal static class CasePageSteps
{
    /// <summary>Clicks the action's button under "What you can do now"; the button must be enabled (permitted now).</summary>
    public static async Task OpenActionAsync(this StaffBrowser browser, string label)
    {
        var button = browser.Page.GetByRole(AriaRole.Button, new() { Name = label, Exact = true });
        await Expect(button).ToBeEnabledAsync();
        await button.ClickAsync();
        await Expect(browser.Page.Locator("#action-form")).ToBeVisibleAsync();
    }

    /// <summary>Sends the open form and waits for the page to say what was recorded.</summary>
    public static async Task SendAsync(this StaffBrowser browser, string submit, string recorded)
    {
        await browser.Page.Locator("#action-form").GetByRole(AriaRole.Button, new() { Name = submit, Exact = true }).ClickAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = recorded })).ToBeVisibleAsync();
    }

    public static async Task ExpectStageAsync(this StaffBrowser browser, string state) =>
        await Expect(browser.Page.Locator("[data-testid='case-state']")).ToHaveAttributeAsync("data-state", state);

    /// <summary>Types into a field found by its element id (the API's field name, as FieldIds writes it).</summary>
    public static Task FillAsync(this StaffBrowser browser, string id, string value) => browser.Page.Locator($"#{id}").FillAsync(value);

    public static Task SelectAsync(this StaffBrowser browser, string id, string value) => browser.Page.Locator($"#{id}").SelectOptionAsync(value);

    /// <summary>Ticks a radio button or a check box: its id is the field's id, a hyphen and the choice's word.</summary>
    public static Task CheckAsync(this StaffBrowser browser, string id) => browser.Page.Locator($"#{id}").CheckAsync();
}
