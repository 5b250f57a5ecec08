using Npgsql;

namespace EarlyHelp.Host.Tests.Databases;

public class PostgresServerTests
{
    [Fact]
    public async Task The_throwaway_server_accepts_connections()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        try
        {
            var result = await QueryScalarAsync(connectionString, "SELECT 1");

            Assert.Equal(1, result);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task A_created_database_starts_empty()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        try
        {
            var tables = await QueryScalarAsync(
                connectionString,
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'");

            Assert.Equal(0L, tables);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task Dropping_a_database_closes_its_open_connections()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var stillOpen = new NpgsqlConnection(connectionString);
        await stillOpen.OpenAsync();

        await PostgresServer.DropDatabaseAsync(connectionString);

        var remaining = await QueryScalarAsync(
            PostgresServer.AdminConnectionString,
            $"SELECT count(*) FROM pg_database WHERE datname = '{name}'");
        Assert.Equal(0L, remaining);
    }

    private static async Task<object?> QueryScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
