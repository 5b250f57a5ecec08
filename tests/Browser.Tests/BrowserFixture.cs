using Microsoft.Playwright;

namespace EarlyHelp.Browser.Tests;

/// <summary>
/// One Host process (Development, demo sign-in, a SQLite database in a temporary folder of its own) and one headless
/// Debian chromium for the whole browser suite; each test signs its people in, each in a browser context of their
/// own, and works on families of its own.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium (apt-get install chromium): Playwright's own browser download cannot work on our machines.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "earlyhelp-browser-" + Guid.NewGuid().ToString("N"));
    private HostProcess? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri Address => _host!.Address;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"The browser tests need Debian's chromium at {Chromium}: run ./test.sh as root, or apt-get install chromium.");
        }

        Directory.CreateDirectory(_dataFolder);
        _host = await HostProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["environment"] = "Development",
                ["SignIn:Demo"] = "true",
                ["Database:Provider"] = "Sqlite",
                ["Database:DataFolder"] = _dataFolder,
                ["Logging:LogLevel:Default"] = "Warning",
            },
            TimeSpan.FromSeconds(90));
        // Generous waits: on a two-core machine the whole solution's tests run beside these.
        SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A browser window of its own for one person, 1280 pixels wide unless told otherwise, not yet signed in.</summary>
    public async Task<StaffBrowser> OpenAsync(string test, int width = 1280, int height = 900)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(30_000);
        return new StaffBrowser(context, await context.NewPageAsync(), test, this);
    }

    /// <summary>A browser window signed in as a demo user through the sign-in page.</summary>
    public async Task<StaffBrowser> SignInAsync(string test, string userId, int width = 1280)
    {
        var browser = await OpenAsync(test, width);
        await browser.SignInAsync(userId);
        return browser;
    }

    public ApiSession Api(string userId) => new(Address, userId);

    public string HostOutput() => _host?.Tail() ?? "";

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file the Host still held as it was killed: the temporary folder is cleared with the machine.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
