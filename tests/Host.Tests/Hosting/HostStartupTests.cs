using System.Net;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Workflows.Cases;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace EarlyHelp.Host.Tests.Hosting;

public sealed class HostStartupTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("earlyhelp-host-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public async Task The_host_creates_the_embedded_database_in_its_data_folder_and_answers_health()
    {
        await using var factory = SqliteHost();
        using var client = factory.CreateClient();

        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Superset(
            new HashSet<string>(["case_children", "case_events", "cases", "families", "family_members", "workflow_definitions", "workflow_instances", "human_tasks", "workflow_timers", "workflow_trace"]),
            (await SqliteTablesAsync()).ToHashSet());
    }

    [Fact]
    public async Task The_lifecycle_graph_is_served_as_Mermaid()
    {
        await using var factory = SqliteHost();
        using var client = await SignedInAsync(factory);

        var response = await client.GetAsync(new Uri("/api/case-lifecycle/mermaid", UriKind.Relative));

        Assert.Equal("text/vnd.mermaid", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(CaseLifecycle.ToMermaid(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_lifecycle_is_served_as_DOT_and_as_a_transition_table()
    {
        await using var factory = SqliteHost();
        using var client = await SignedInAsync(factory);

        var dot = await client.GetStringAsync(new Uri("/api/case-lifecycle/dot", UriKind.Relative));
        var table = await client.GetStringAsync(new Uri("/api/case-lifecycle/transitions", UriKind.Relative));

        Assert.Equal(CaseLifecycle.ToDot(), dot);
        Assert.Contains("\"trigger\":\"StartAssessment\"", table, StringComparison.Ordinal);
        Assert.Contains("\"guards\":[\"consent recorded\",\"one lead practitioner\"]", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_runs_on_PostgreSQL_when_configured()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        try
        {
            await using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
                .UseSetting("Database:Provider", "PostgreSQL")
                .UseSetting("Database:ConnectionString", connectionString)))
            {
                using var client = factory.CreateClient();

                Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health", UriKind.Relative)));
            }

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('families', 'cases', 'case_events')", connection);
            Assert.Equal(3L, await command.ExecuteScalarAsync());
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task The_built_host_starts_as_a_process_prints_its_address_and_answers_health()
    {
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string> { ["Database:DataFolder"] = _dataFolder }, TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = host.Address };

        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health", UriKind.Relative)));
        Assert.Contains(host.Output, line => line.Contains(Path.Combine(_dataFolder, "earlyhelp.db"), StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_dataFolder, "earlyhelp.db")));
    }

    [Fact]
    public async Task A_second_start_on_the_same_data_folder_keeps_the_schema_and_starts_again()
    {
        await using (var first = SqliteHost())
        {
            using var client = first.CreateClient();
            Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health", UriKind.Relative)));
        }

        await using var second = SqliteHost();
        using var again = second.CreateClient();

        Assert.Equal("Healthy", await again.GetStringAsync(new Uri("/health", UriKind.Relative)));
        Assert.Contains("workflow_instances", await SqliteTablesAsync());
    }

    private WebApplicationFactory<Program> SqliteHost() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web => web.UseSetting("Database:DataFolder", _dataFolder));

    private async Task<List<string>> SqliteTablesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataFolder, "earlyhelp.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>A client signed in as a demo user: the lifecycle endpoints are for staff.</summary>
    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient();
        using var signIn = await client.PostAsync(new Uri("/api/sign-in/demo", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { userId = "lp-north" }));
        signIn.EnsureSuccessStatusCode();
        return client;
    }
}
