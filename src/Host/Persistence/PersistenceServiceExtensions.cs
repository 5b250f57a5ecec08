using EarlyHelp.Workflows.Ports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EarlyHelp.Host.Persistence;

internal static class PersistenceServiceExtensions
{
    private static readonly SqliteConnectionSettings SqliteSettings = new();

    /// <summary>Registers the store on the provider the configuration chooses (SQLite unless told otherwise).</summary>
    public static IServiceCollection AddEarlyHelpPersistence(this IServiceCollection services, DatabaseConnection database)
    {
        ArgumentNullException.ThrowIfNull(database);
        services.AddSingleton(database);
        services.AddSingleton<SqliteWriteGate>();
        services.AddDbContextFactory<EarlyHelpDbContext>(db => Use(db, database.Provider, database.ConnectionString));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>().CreateDbContext());
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
            _ => db.UseSqlite(connectionString).AddInterceptors(SqliteSettings),
        };

        // Our migrations are written by hand (EF's design-time package does not restore here), so there is
        // no model snapshot to compare with; the persistence tests on both providers check the schema instead.
        return db.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>The database the configuration chooses: SQLite in the data folder unless told otherwise.</summary>
    public static DatabaseConnection DatabaseFrom(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return new DatabaseConnection(options.Provider, ConnectionStringFor(options, environment));
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
