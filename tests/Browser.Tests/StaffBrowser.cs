using Microsoft.Playwright;

namespace EarlyHelp.Browser.Tests;

/// <summary>One person's browser window: sign in, open pages, wait until a page answers, and keep a screenshot of each page seen.</summary>
public sealed class StaffBrowser(IBrowserContext context, IPage page, string test, BrowserFixture fixture) : IAsyncDisposable
{
    /// <summary>Each page is interactive once its circuit runs: the layout marks the main element then.</summary>
    private const string Ready = "main[data-interactive='yes']";

    public IPage Page { get; } = page;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "test-output", "screenshots");

    public async Task SignInAsync(string userId)
    {
        await Page.GotoAsync("sign-in");
        await ScreenshotAsync("sign-in");
        await Page.Locator($"button[data-user='{userId}']").ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
        await ReadyAsync();
    }

    /// <summary>Opens a page by its address and waits until it is interactive.</summary>
    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path.TrimStart('/'));
        await ReadyAsync();
    }

    public async Task ReadyAsync()
    {
        try
        {
            await Page.WaitForSelectorAsync(Ready, new PageWaitForSelectorOptions { Timeout = 60_000 });
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"{Page.Url} did not become interactive. Host output:\n{fixture.HostOutput()}", exception);
        }
    }

    /// <summary>Saves the whole page as test-output/screenshots/{test}--{name}.png beside the test assembly.</summary>
    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{test}--{name}.png"), FullPage = true });
    }

    /// <summary>Chooses an option of a Radzen drop-down, found by its label, by the option's text.</summary>
    public async Task ChooseAsync(string label, string option)
    {
        await Page.GetByLabel(label, new PageGetByLabelOptions { Exact = true }).ClickAsync();
        await Page.Locator(".rz-popup:visible .rz-dropdown-item", new PageLocatorOptions { HasTextString = option }).First.ClickAsync();
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
