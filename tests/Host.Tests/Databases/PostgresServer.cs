using Npgsql;

namespace EarlyHelp.Host.Tests.Databases;

/// <summary>
/// The throwaway PostgreSQL server that ./test.sh starts for one test run, and a database of its own
/// for each test that asks: tests never share rows.
/// </summary>
internal static class PostgresServer
{
    private const string ConnectionStringVariable = "EARLYHELP_TEST_POSTGRES";

    // Only names made here may be dropped, so a wrong connection string cannot drop a real database.
    private const string DatabaseNamePrefix = "eh_test_";

    /// <summary>A superuser connection to the server's maintenance database.</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } connectionString
            ? connectionString
            // Throw rather than skip: a PostgreSQL test that silently does not run proves nothing.
            : throw new InvalidOperationException(
                $"The PostgreSQL tests need the throwaway server started by ./test.sh, which sets "
                + $"{ConnectionStringVariable}. Run the tests with ./test.sh (extra arguments go to dotnet test, "
                + "e.g. ./test.sh --filter FullyQualifiedName~PostgresServer), or set "
                + $"{ConnectionStringVariable} to an Npgsql connection string for a superuser.");

    /// <summary>Creates a new, empty database and returns a connection string to it.</summary>
    public static async Task<string> CreateDatabaseAsync(CancellationToken ct = default)
    {
        var name = DatabaseNamePrefix + Guid.NewGuid().ToString("N");
        await ExecuteOnServerAsync($"CREATE DATABASE {Quote(name)}", ct);
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>
    /// Drops a database made by <see cref="CreateDatabaseAsync"/>, closing any connection still open to it.
    /// </summary>
    public static async Task DropDatabaseAsync(string connectionString, CancellationToken ct = default)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        if (name is null || !name.StartsWith(DatabaseNamePrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Only databases made by {nameof(CreateDatabaseAsync)} (named {DatabaseNamePrefix}...) are dropped here.",
                nameof(connectionString));
        }

        // Idle pooled connections to the database would otherwise stay open until the pool prunes them.
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Quote(name)} WITH (FORCE)", ct);
    }

    private static async Task ExecuteOnServerAsync(string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Quote(string identifier) =>
        "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
