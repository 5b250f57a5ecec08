using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>One Host on a SQLite file for a class of case API tests; each test makes its own cases.</summary>
public sealed class CaseApiHost : IAsyncLifetime
{
    private TestDatabase _database = null!;

    internal TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("sqlite");
        Host = TestHost.Start(_database);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
