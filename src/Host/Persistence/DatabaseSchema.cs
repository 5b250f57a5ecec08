using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EarlyHelp.Host.Persistence;

/// <summary>Brings the database to the newest schema version at start-up, keeping the data.</summary>
internal static class DatabaseSchema
{
    public static async Task ApplyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EarlyHelpDbContext>();
        await ApplyAsync(db, targetVersion: null, cancellationToken);
    }

    /// <summary>Applies the schema versions up to <paramref name="targetVersion"/> (all when null).</summary>
    public static async Task ApplyAsync(EarlyHelpDbContext db, string? targetVersion, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            PrepareSqliteFile(db);
        }

        await db.GetService<IMigrator>().MigrateAsync(targetVersion, cancellationToken);
        if (targetVersion is null)
        {
            await CaseSummaryBackfill.RunAsync(db, cancellationToken);
        }
    }

    private static void PrepareSqliteFile(EarlyHelpDbContext db)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (!string.IsNullOrEmpty(file) && file != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        }

        // Write-ahead logging lets readers carry on while one writer commits; the setting stays with the file.
        db.Database.OpenConnection();
        try
        {
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }
}
