using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Workflows;

/// <summary>The shipped pathways are loaded at start-up as published version 1 when absent, and never twice.</summary>
public sealed class ShippedWorkflowsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("sqlite");

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_shipped_pathways_are_published_as_version_1_at_start_up()
    {
        await using var host = TestHost.Start(_database);

        var stored = await host.QueryAsync(db => db.WorkflowDefinitions.OrderBy(d => d.Id).Select(d => new { d.Id, d.Version, d.Status }).ToListAsync());

        Assert.Equal(["referral-to-closure", "review-cycle", "step-down"], stored.Select(d => d.Id));
        Assert.All(stored, d => Assert.Equal((1, "published"), (d.Version, d.Status)));
    }

    [Fact]
    public async Task A_second_start_adds_nothing()
    {
        await using (TestHost.Start(_database))
        {
        }

        await using var again = TestHost.Start(_database);

        Assert.Equal(3, await again.QueryAsync(db => db.WorkflowDefinitions.CountAsync()));
    }

    [Fact]
    public async Task A_published_version_that_does_not_validate_is_never_stored()
    {
        await using var host = TestHost.Start(_database);
        const string invalid = """
            { "id": "broken", "name": "Broken", "version": 1, "status": "published",
              "activities": [ { "id": "start", "type": "flow/start", "typeVersion": 1 }, { "id": "nowhere", "type": "flow/teleport", "typeVersion": 1 } ],
              "connections": [ { "from": "start", "port": "next", "to": "nowhere" } ] }
            """;

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => host.PublishAsync(invalid));

        Assert.Contains("unknown-activity-type", refused.Message, StringComparison.Ordinal);
        Assert.False(await host.QueryAsync(db => db.WorkflowDefinitions.AnyAsync(d => d.Id == "broken")));
    }
}
