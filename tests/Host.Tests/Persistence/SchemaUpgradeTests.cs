using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Migrations;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Host.Tests.Cases;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Persistence;

/// <summary>A database made by the first schema version, with data in it, is brought to the newest one.</summary>
public abstract class SchemaUpgradeTests(string provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset UpgradedAt = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private TestDatabase _database = null!;
    private readonly Journey _journey = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await _database.MigrateAsync(SchemaVersions.Initial);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_version_1_database_upgrades_and_its_cases_reload_unchanged()
    {
        var closed = _journey.Open();
        _journey.ToClosed(closed);
        var open = _journey.Open("Second episode for a new concern");
        _journey.ToAssessment(open);
        await WriteAsVersion1Async(closed, open);

        await _database.MigrateAsync();

        var store = _database.NewStore();
        Assert.Equal(CaseSnapshot.Of(closed), CaseSnapshot.Of((await store.FindCaseAsync(closed.Id, CancellationToken.None))!));
        Assert.Equal(CaseSnapshot.Of(open), CaseSnapshot.Of((await store.FindCaseAsync(open.Id, CancellationToken.None))!));
        Assert.Equal(_journey.Family.Members, (await store.FindFamilyAsync(_journey.Family.Id, CancellationToken.None))!.Members);
    }

    [Fact]
    public async Task Upgrading_takes_each_old_event_s_occurred_time_as_its_recorded_time()
    {
        var opened = _journey.Open();
        _journey.ToAssessment(opened);
        await WriteAsVersion1Async(opened);

        await _database.MigrateAsync();

        await using var db = _database.NewContext();
        var events = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == opened.Id).ToListAsync();
        Assert.Equal(opened.Version, events.Count);
        Assert.All(events, e => Assert.Equal(e.OccurredAt, e.RecordedAt));
    }

    [Fact]
    public async Task Upgrading_fills_each_old_case_s_summary_from_its_history()
    {
        var opened = _journey.Open();
        _journey.ToAssessment(opened);
        await WriteAsVersion1Async(opened);

        await _database.MigrateAsync();

        await using var db = _database.NewContext();
        var row = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == opened.Id);
        Assert.Equal(("complex", Journey.Practitioner.UserId, "north-team"), (row.LevelOfNeed, row.LeadPractitionerId, row.LeadTeamId));
        Assert.Equal((opened.Enquiries[0].ReceivedAt.UtcDateTime, "standard", EarlyHelp.Host.Cases.CaseReference.Of(opened.Id)), (row.ReceivedAt, row.Urgency, row.Reference));
    }

    [Fact]
    public async Task An_upgraded_case_carries_on_with_the_version_guard_intact()
    {
        var opened = _journey.Open();
        _journey.ToAssessment(opened);
        await WriteAsVersion1Async(opened);
        await _database.MigrateAsync();
        var first = (await _database.NewStore().FindCaseAsync(opened.Id, CancellationToken.None))!;
        var stale = (await _database.NewStore().FindCaseAsync(opened.Id, CancellationToken.None))!;
        Journey.Accept(_journey.AddReading(first, 3));
        Journey.Accept(_journey.AddReading(stale, 4));

        await _database.NewStore(new FixedTime(UpgradedAt)).SaveCaseAsync(first, CancellationToken.None);

        await Assert.ThrowsAsync<EarlyHelp.Workflows.Ports.CaseConcurrencyException>(() => _database.NewStore().SaveCaseAsync(stale, CancellationToken.None));
        await using var db = _database.NewContext();
        var newest = await db.CaseEvents.AsNoTracking().SingleAsync(e => e.CaseId == opened.Id && e.Sequence == first.Version);
        Assert.Equal(UpgradedAt.UtcDateTime, newest.RecordedAt);
    }

    [Fact]
    public async Task Upgrading_twice_changes_nothing_more()
    {
        var opened = _journey.Open();
        _journey.ToAssessment(opened);
        await WriteAsVersion1Async(opened);
        await _database.MigrateAsync();
        var once = CaseSnapshot.Of((await _database.NewStore().FindCaseAsync(opened.Id, CancellationToken.None))!);

        await _database.MigrateAsync();

        Assert.Equal(once, CaseSnapshot.Of((await _database.NewStore().FindCaseAsync(opened.Id, CancellationToken.None))!));
    }

    private async Task WriteAsVersion1Async(params Case[] cases)
    {
        var options = new DbContextOptionsBuilder<SchemaVersion1Context>();
        PersistenceServiceExtensions.Use(options, _database.Provider, _database.ConnectionString);
        await using var v1 = new SchemaVersion1Context(options.Options);
        v1.Add(CaseRows.ToRow(_journey.Family));
        foreach (var c in cases)
        {
            var row = new CaseRow { Children = [.. c.ChildIds.Select(child => new CaseChildRow { CaseId = c.Id, ChildId = child })] };
            CaseRows.Summarise(row, c);
            v1.Add(row);
            v1.AddRange(c.History.Select(e => CaseRows.ToRow(e, e.At)));
        }

        await v1.SaveChangesAsync();
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class SqliteSchemaUpgradeTests() : SchemaUpgradeTests("sqlite");

public sealed class PostgresSchemaUpgradeTests() : SchemaUpgradeTests("postgresql");
