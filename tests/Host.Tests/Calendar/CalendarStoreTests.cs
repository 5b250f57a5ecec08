using System.Text.Json.Nodes;
using EarlyHelp.Host.Calendar;
using EarlyHelp.Host.Commands;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EarlyHelp.Host.Tests.Calendar;

/// <summary>Calendars by version: the snapshot first, a newer official list imported, and closure days from configuration.</summary>
public sealed class CalendarStoreTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly string _folder = Directory.CreateTempSubdirectory("earlyhelp-calendar-").FullName;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("sqlite");

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_new_database_starts_on_the_shipped_snapshot()
    {
        await using var host = TestHost.Start(_database);

        var current = host.Services.GetRequiredService<CalendarStore>().Current;

        Assert.Equal((2018, 2027), (current.CoversFrom, current.CoversTo));
        Assert.Equal("shipped snapshot", await host.QueryAsync(db => db.Calendars.Where(c => c.IsCurrent).Select(c => c.Source).SingleAsync()));
    }

    [Fact]
    public async Task Importing_a_newer_official_list_makes_it_current_and_keeps_the_old_version()
    {
        await using var host = TestHost.Start(_database);
        var store = host.Services.GetRequiredService<CalendarStore>();
        var old = store.Current.Version;
        var output = new StringWriter();

        var exit = await CalendarCommand.RunAsync(store, ["import", await OfficialFileWith2028Async()], output, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Equal(2028, store.Current.CoversTo);
        Assert.Contains(store.Current.Version, output.ToString(), StringComparison.Ordinal);
        Assert.Equal(old, (await store.FindAsync(old, CancellationToken.None))!.Version);
        Assert.False(store.Current.IsWorkingDay(new DateOnly(2028, 12, 25)));
    }

    [Fact]
    public async Task A_malformed_official_file_is_refused_with_its_errors_and_changes_nothing()
    {
        await using var host = TestHost.Start(_database);
        var store = host.Services.GetRequiredService<CalendarStore>();
        var before = store.Current.Version;
        var file = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(file, """{ "england-and-wales": { "division": "england-and-wales", "events": [ { "title": "Christmas Day", "date": "2028-13-25", "notes": "" } ] } }""");
        var errors = new StringWriter();

        var exit = await CalendarCommand.RunAsync(store, ["import", file], new StringWriter(), errors, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("2028-13-25", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, store.Current.Version);
        Assert.Equal(1, await host.QueryAsync(db => db.Calendars.CountAsync()));
    }

    [Fact]
    public async Task The_councils_closure_days_make_a_new_version_of_the_same_bank_holidays()
    {
        string withoutClosures;
        await using (var plain = TestHost.Start(_database))
        {
            withoutClosures = plain.Services.GetRequiredService<CalendarStore>().Current.Version;
        }

        await using var closing = TestHost.Start(_database, ("Calendar:ClosureDays:0:Date", "2026-12-29"), ("Calendar:ClosureDays:0:Description", "Council closed"));

        var current = closing.Services.GetRequiredService<CalendarStore>().Current;
        Assert.NotEqual(withoutClosures, current.Version);
        Assert.False(current.IsWorkingDay(new DateOnly(2026, 12, 29)));
        Assert.Equal(2, await closing.QueryAsync(db => db.Calendars.CountAsync()));
    }

    private async Task<string> OfficialFileWith2028Async()
    {
        var file = Path.Combine(_folder, "bank-holidays.json");
        var official = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "src", "Workflows", "Calendar", "bank-holidays-england-and-wales.json")))!;
        var events = official["england-and-wales"]!["events"]!.AsArray();
        foreach (var (date, title) in new[] { ("2028-01-03", "New Year’s Day"), ("2028-04-14", "Good Friday"), ("2028-04-17", "Easter Monday"), ("2028-05-01", "Early May bank holiday"), ("2028-05-29", "Spring bank holiday"), ("2028-08-28", "Summer bank holiday"), ("2028-12-25", "Christmas Day"), ("2028-12-26", "Boxing Day") })
        {
            events.Add(new JsonObject { ["title"] = title, ["date"] = date, ["notes"] = "" });
        }

        await File.WriteAllTextAsync(file, official.ToJsonString());
        return file;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EarlyHelp.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
