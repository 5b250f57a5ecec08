using EarlyHelp.Workflows.Ports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EarlyHelp.Host.Persistence;

internal static class PersistenceServiceExtensions
{
    /// <summary>Registers the store on the provider the configuration chooses (SQLite unless told otherwise).</summary>
    public static IServiceCollection AddEarlyHelpPersistence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connection = ConnectionStringFor(options, environment);
        services.AddSingleton(new DatabaseConnection(options.Provider, connection));
        services.AddDbContext<EarlyHelpDbContext>(db => Use(db, options.Provider, connection));
        services.AddScoped<ICaseStore, CaseStore>();
        services.AddHealthChecks().AddDbContextCheck<EarlyHelpDbContext>("database");
        return services;
    }

    /// <summary>Points a context at the database; shared by the application and the tests.</summary>
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder db, DatabaseProvider provider, string connectionString)
    {
        _ = provider switch
        {
            DatabaseProvider.PostgreSQL => db.UseNpgsql(connectionString),
            _ => db.UseSqlite(connectionString),
        };

        // Our migrations are written by hand (EF's design-time package does not restore here), so there is
        // no model snapshot to compare with; the persistence tests on both providers check the schema instead.
        return db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    private static string ConnectionStringFor(DatabaseOptions options, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        if (options.Provider == DatabaseProvider.PostgreSQL)
        {
            throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is PostgreSQL.");
        }

        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.DataFolder));
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "earlyhelp.db"), Pooling = true }.ToString();
    }
}

/// <summary>The database the application uses, as configured.</summary>
internal sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Where the SQLite file is, for the start-up message; null on PostgreSQL.</summary>
    public string? SqliteFile => Provider == DatabaseProvider.Sqlite ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;
}
