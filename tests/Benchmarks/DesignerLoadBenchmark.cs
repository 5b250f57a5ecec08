using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Persistence;
using Microsoft.Playwright;

namespace EarlyHelp.Benchmarks;

/// <summary>
/// How long the designer takes to open a large pathway, measured in the browser: from the start of navigation to the
/// moment the canvas has drawn every step (the mark "designer-ready" the designer sets), in Debian's chromium driven by
/// Playwright, against the built Host run as its own process. The pathway is made up: a chain of human tasks, delays
/// and decisions, given without a layout, so the automatic layout runs as part of opening it.
/// </summary>
internal static class DesignerLoadBenchmark
{
    private const string Chromium = "/usr/bin/chromium";

    public static async Task<int> RunAsync(DatabaseConnection database, int activities, int runs)
    {
        using var host = await HostUnderTest.StartAsync(database);
        var id = await CreatePathwayAsync(host.Address, activities);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.Address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var signIn = await page.APIRequest.PostAsync("/api/sign-in/demo", new APIRequestContextOptions { DataObject = new { userId = "admin" } });
        if (!signIn.Ok)
        {
            throw new InvalidOperationException($"Signing in as admin answered {signIn.Status}.");
        }

        var figures = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            await page.GotoAsync($"admin/designer/{id}");
            await page.WaitForSelectorAsync("#designer[data-ready='yes']", new PageWaitForSelectorOptions { Timeout = 120_000 });
            var milliseconds = await page.EvaluateAsync<double>("performance.getEntriesByName('designer-ready')[0].startTime");
            var drawn = await page.Locator(".react-flow__node").CountAsync();
            if (drawn != activities)
            {
                throw new InvalidOperationException($"The canvas drew {drawn} steps of {activities}.");
            }

            // Where the time went: the page's own steps, then the designer's marks (see Web/Designer/src/main.jsx).
            var steps = await page.EvaluateAsync<string>(Breakdown);
            Console.WriteLine($"  {steps}");

            // The first run warms the Host (its first requests compile their queries) and is not counted.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}{(run == 0 ? " (warm-up, not counted)" : "")}: {milliseconds:F0} ms"));
            if (run > 0)
            {
                figures.Add(milliseconds);
            }
        }

        figures.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"designer opens a {activities}-activity pathway, navigation to canvas drawn: median {figures[figures.Count / 2]:F0} ms, best {figures[0]:F0} ms, worst {figures[^1]:F0} ms over {figures.Count} runs"));
        // A figure from a machine busy with other work is slower than the same machine idle: say how busy it was.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average while measuring: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} processors"));
        return 0;
    }

    /// <summary>Milliseconds from the start of navigation: the page's HTML, Blazor's script, the designer's bundle, and the designer's marks.</summary>
    private const string Breakdown = """
        (() => {
          const at = (n) => Math.round(n);
          const nav = performance.getEntriesByType('navigation')[0];
          const loaded = (name) => performance.getEntriesByType('resource').find((r) => r.name.includes(name));
          const mark = (name) => performance.getEntriesByName(name)[0];
          const parts = [['page html', nav && nav.responseEnd], ['blazor.web.js', loaded('blazor.web.js')?.responseEnd],
            ['designer.js', loaded('designer.js')?.responseEnd], ['mounted', mark('designer-mount')?.startTime],
            ['data', mark('designer-data')?.startTime], ['drawn', mark('designer-ready')?.startTime]];
          return parts.filter(([, t]) => t !== undefined).map(([name, t]) => `${name} ${at(t)}`).join(', ');
        })()
        """;

    /// <summary>Creates the pathway through the administrators' API as a draft; answers its id.</summary>
    private static async Task<string> CreatePathwayAsync(Uri address, int count)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = address };
        using (var signIn = await client.PostAsJsonAsync(new Uri("/api/sign-in/demo", UriKind.Relative), new { userId = "admin" }))
        {
            signIn.EnsureSuccessStatusCode();
        }

        var id = $"large-pathway-{count}";
        using var created = await client.PostAsync(new Uri("/api/admin/workflows", UriKind.Relative), new StringContent(Pathway(id, count).ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var answer = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        if (!created.IsSuccessStatusCode || answer["valid"]?.GetValue<bool>() != true)
        {
            throw new InvalidOperationException($"The {count}-activity pathway was not taken as a valid draft: {answer}");
        }

        return id;
    }

    /// <summary>A start, then a chain of human tasks, delays and decisions (both ways of each decision lead on), then a finish.</summary>
    public static JsonObject Pathway(string id, int count)
    {
        var activities = new JsonArray { new JsonObject { ["id"] = "start", ["type"] = "flow/start", ["typeVersion"] = 1 } };
        var connections = new JsonArray();
        var previous = "start";
        var ports = new[] { "next" };
        for (var i = 1; i < count - 1; i++)
        {
            var step = $"step-{i}";
            var (activity, exits) = (i % 3) switch
            {
                0 => (new JsonObject
                {
                    ["id"] = step, ["type"] = "flow/decision", ["typeVersion"] = 1, ["displayName"] = $"Decision {i}",
                    ["inputs"] = new JsonObject { ["condition"] = new JsonObject { ["field"] = "case.levelOfNeed", ["op"] = "equals", ["value"] = "complex" } },
                }, new[] { "true", "false" }),
                1 => (new JsonObject
                {
                    ["id"] = step, ["type"] = "flow/human-task", ["typeVersion"] = 1, ["displayName"] = $"Task {i}",
                    ["inputs"] = new JsonObject
                    {
                        ["taskType"] = "check", ["title"] = $"Check {i}", ["assignee"] = new JsonObject { ["role"] = "triage-officer" },
                        ["due"] = new JsonObject { ["workingDays"] = 2 }, ["outcomes"] = new JsonArray("done", "not-needed"),
                    },
                }, new[] { "done", "not-needed" }),
                _ => (new JsonObject
                {
                    ["id"] = step, ["type"] = "flow/delay", ["typeVersion"] = 1, ["displayName"] = $"Wait {i}",
                    ["inputs"] = new JsonObject { ["duration"] = new JsonObject { ["workingDays"] = 1 } },
                }, new[] { "done" }),
            };
            activities.Add(activity);
            foreach (var port in ports)
            {
                connections.Add(new JsonObject { ["from"] = previous, ["port"] = port, ["to"] = step });
            }

            previous = step;
            ports = exits;
        }

        activities.Add(new JsonObject { ["id"] = "end", ["type"] = "flow/finish", ["typeVersion"] = 1 });
        foreach (var port in ports)
        {
            connections.Add(new JsonObject { ["from"] = previous, ["port"] = port, ["to"] = "end" });
        }

        return new JsonObject
        {
            ["id"] = id, ["name"] = $"Large pathway ({count} activities)", ["version"] = 1, ["status"] = "draft",
            ["activities"] = activities, ["connections"] = connections,
        };
    }
}
