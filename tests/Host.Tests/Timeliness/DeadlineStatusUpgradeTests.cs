using EarlyHelp.Host.Persistence.Migrations;
using EarlyHelp.Host.Tests.Cases;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Host.Timeliness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EarlyHelp.Host.Tests.Timeliness;

/// <summary>Schema version 10 hands deadlines that older versions left without a status of their own back to the next check.</summary>
public abstract class DeadlineStatusUpgradeTests(string provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday20April = new(2026, 4, 20, 7, 0, 0, TimeSpan.Zero);
    private TestDatabase _database = null!;
    private readonly Journey _journey = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await _database.MigrateAsync(SchemaVersions.JobRuns);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_deadline_stored_unchecked_by_version_9_gets_its_status_at_the_first_check_after_the_upgrade()
    {
        var opened = _journey.Open();
        var store = _database.NewStore();
        await store.AddFamilyAsync(_journey.Family, CancellationToken.None);
        await store.SaveCaseAsync(opened, CancellationToken.None);
        // As version 9 stored it: dates first computed, no status yet, the case marked checked.
        await using (var db = _database.NewContext())
        {
            db.CaseDeadlines.Add(new CaseDeadlineRow
            {
                CaseId = opened.Id, Episode = 1, Kind = "Triage", Number = 1,
                StartedAt = opened.Enquiries[0].ReceivedAt.UtcDateTime,
                AmberFrom = new DateTime(2026, 4, 8, 23, 0, 0, DateTimeKind.Utc), DueOn = new DateOnly(2026, 4, 9),
                LateFrom = new DateTime(2026, 4, 9, 23, 0, 0, DateTimeKind.Utc), BreachOn = new DateOnly(2026, 4, 9),
                BreachedFrom = new DateTime(2026, 4, 9, 23, 0, 0, DateTimeKind.Utc),
                CalendarVersion = "england-and-wales-2026", Status = "unchecked", TeamId = "north",
            });
            db.CaseTimeliness.Add(new CaseTimelinessRow { CaseId = opened.Id, CheckedVersion = opened.Version });
            await db.SaveChangesAsync();
        }

        await using var host = TestHost.Start(_database, ("Teams:north:Managers:0", "tm-1"));
        var run = await host.Services.GetRequiredService<TimelinessCheck>().RunAsync(Monday20April, CancellationToken.None);

        Assert.Equal((1, 1), (run.CasesRebuilt, run.TurnedAmberOrBreached));
        var triage = await host.QueryAsync(db => db.CaseDeadlines.AsNoTracking().SingleAsync(d => d.CaseId == opened.Id));
        Assert.Equal(("breached", "england-and-wales-2026"), (triage.Status, triage.CalendarVersion));
    }
}

public sealed class SqliteDeadlineStatusUpgradeTests() : DeadlineStatusUpgradeTests("sqlite");

public sealed class PostgresDeadlineStatusUpgradeTests() : DeadlineStatusUpgradeTests("postgresql");
