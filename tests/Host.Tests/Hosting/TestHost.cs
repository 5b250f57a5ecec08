using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Definitions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EarlyHelp.Host.Tests.Hosting;

/// <summary>
/// The whole Host in-process on a database of the test's own (a SQLite folder or a PostgreSQL database),
/// with the real Quartz store. Disposing stops it; starting another on the same database is a restart.
/// </summary>
internal sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private TestHost(WebApplicationFactory<Program> factory) => _factory = factory;

    public IServiceProvider Services => _factory.Services;

    public static TestHost Start(TestDatabase database, params (string Key, string Value)[] settings) => StartIn("Development", database, settings);

    /// <summary>Starts the Host with every log entry of every level also going to <paramref name="logs"/>.</summary>
    public static TestHost StartCapturing(TestDatabase database, ILoggerProvider logs) => StartIn("Development", database, [], logs);

    /// <summary>Starts the Host in an environment: "Development" is the embedded default with the demo sign-in.</summary>
    public static TestHost StartIn(string environment, TestDatabase database, params (string Key, string Value)[] settings) =>
        StartIn(environment, database, settings, logs: null);

    /// <summary>Starts the Host with the services of an import or a simulation: the replay clock and timers left for the replay to fire.</summary>
    public static TestHost StartReplaying(TestDatabase database, EarlyHelp.Host.History.ReplayClock clock) =>
        StartIn("Development", database, [], logs: null, services => EarlyHelp.Host.History.ReplayServices.AddEarlyHelpReplay(services, clock));

    private static TestHost StartIn(string environment, TestDatabase database, (string Key, string Value)[] settings, ILoggerProvider? logs, Action<IServiceCollection>? services = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            if (logs is not null)
            {
                // A rule for this provider alone outranks the configuration's levels: it hears every level.
                web.ConfigureLogging(logging => logging.AddProvider(logs).Services.Configure<LoggerFilterOptions>(
                    filters => filters.Rules.Add(new LoggerFilterRule(logs.GetType().FullName, null, LogLevel.Trace, null))));
            }

            web.UseSetting("Database:Provider", database.Provider.ToString());
            web.UseSetting("Database:ConnectionString", database.ConnectionString);
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }

            if (services is not null)
            {
                web.ConfigureServices(services);
            }
        });
        _ = factory.Server;
        return new TestHost(factory);
    }

    public HttpClient Client() => _factory.CreateClient();

    public WorkflowRunner Runner => Services.GetRequiredService<WorkflowRunner>();

    public async Task<WorkflowDefinition> PublishAsync(string json)
    {
        var (definition, report) = WorkflowDefinitionJson.Read(json);
        Assert.True(definition is not null, report.ToString());
        await Services.GetRequiredService<WorkflowDefinitionStore>().AddAsync(definition, CancellationToken.None);
        return definition;
    }

    public async Task<T> QueryAsync<T>(Func<EarlyHelpDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>Waits for something the scheduler will make true, failing after the time given.</summary>
    public Task EventuallyAsync(Func<EarlyHelpDbContext, Task<bool>> condition, TimeSpan within, string what) =>
        Eventually.TrueAsync(() => QueryAsync(condition), within, what);

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
