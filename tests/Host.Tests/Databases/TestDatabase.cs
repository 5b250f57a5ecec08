using EarlyHelp.Host.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Databases;

/// <summary>A database of one test's own: a fresh SQLite file, or a fresh database on the throwaway PostgreSQL server.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFolder;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFolder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFolder = sqliteFolder;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (Enum.Parse<DatabaseProvider>(provider, ignoreCase: true) == DatabaseProvider.PostgreSQL)
        {
            return new TestDatabase(DatabaseProvider.PostgreSQL, await PostgresServer.CreateDatabaseAsync(), null);
        }

        var folder = Directory.CreateTempSubdirectory("earlyhelp-sqlite-").FullName;
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "earlyhelp.db") }.ToString();
        return new TestDatabase(DatabaseProvider.Sqlite, connection, folder);
    }

    public EarlyHelpDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<EarlyHelpDbContext>();
        PersistenceServiceExtensions.Use(options, Provider, ConnectionString);
        return new EarlyHelpDbContext(options.Options);
    }

    public CaseStore NewStore(TimeProvider? time = null) => new(NewContext(), time ?? TimeProvider.System);

    public async Task MigrateAsync(string? targetVersion = null)
    {
        await using var db = NewContext();
        await DatabaseSchema.ApplyAsync(db, targetVersion, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }
        else
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
    }
}
