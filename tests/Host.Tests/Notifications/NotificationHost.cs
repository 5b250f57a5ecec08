using EarlyHelp.Host.Notifications;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Workflows.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EarlyHelp.Host.Tests.Notifications;

/// <summary>
/// One host's notification services on the test's database, built by hand: the real outbox, delivery and
/// in-app list, with the test's clock, configuration and (optionally) sink. Two of them on one database are
/// two hosts.
/// </summary>
internal sealed class NotificationHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private NotificationHost(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;

    public INotifications Notifications => _services.GetRequiredService<INotifications>();

    public NotificationDelivery Delivery => _services.GetRequiredService<NotificationDelivery>();

    public InAppNotifications InApp => _services.GetRequiredService<InAppNotifications>();

    public static NotificationHost Start(
        TestDatabase database,
        TimeProvider clock,
        INotificationSink? sink = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        ILoggerProvider? logs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddSingleton(clock);
        services.AddEarlyHelpPersistence(new DatabaseConnection(database.Provider, database.ConnectionString));
        services.AddEarlyHelpNotifications(configuration);
        if (sink is not null)
        {
            services.AddSingleton(sink);
        }

        return new NotificationHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    /// <summary>Runs delivery until nothing more is due, as the scheduled job would over several firings.</summary>
    public async Task<int> DeliverAllDueAsync(int batchSize = 10)
    {
        var claimed = 0;
        while (await Delivery.DeliverDueAsync(batchSize, CancellationToken.None) is { Claimed: > 0 } run)
        {
            claimed += run.Claimed;
        }

        return claimed;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
