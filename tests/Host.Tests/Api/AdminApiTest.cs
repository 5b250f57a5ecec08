using System.Net;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Audit;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>The whole Host on a SQLite file of the test's own, with the vocabulary the administrators' API tests share.</summary>
public abstract class AdminApiTest : IAsyncLifetime
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

    internal Task<ApiClient> AdminAsync() => ApiClient.SignInAsync(Host, "admin");

    /// <summary>Creates a workflow through the API and publishes it; answers its version.</summary>
    internal static async Task<int> CreateAndPublishAsync(ApiClient admin, string json)
    {
        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/admin/workflows", json);
        var id = created!["id"]!.GetValue<string>();
        var published = await admin.PostOkAsync($"/api/admin/workflows/{id}/draft/publish", null);
        return published!["version"]!.GetValue<int>();
    }

    /// <summary>Starts an instance of a published version, as the pathway would (the API has no way to start one by hand).</summary>
    internal async Task<WorkflowStepResult> StartAsync(string workflowId, int version, Guid? caseId = null)
    {
        var definition = await Host.Services.GetRequiredService<WorkflowDefinitionStore>().FindAsync(workflowId, version, CancellationToken.None);
        return await Host.Runner.StartAsync(definition!, caseId, new Dictionary<string, JsonNode?>(), new Actor("admin", ActorRole.Administrator), CancellationToken.None);
    }

    internal Task<List<AuditEntryRow>> AuditAsync(string action) =>
        Host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == action).OrderBy(a => a.At).ToListAsync());

    /// <summary>The fields a 400 answer names.</summary>
    internal static IReadOnlyList<string> Fields(JsonNode? problem) => [.. problem!["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal)];

    /// <summary>The codes of a validation report ("issues").</summary>
    internal static IReadOnlyList<string> Codes(JsonNode? answer) => [.. answer!["issues"]!.AsArray().Select(i => i!["code"]!.GetValue<string>())];
}
