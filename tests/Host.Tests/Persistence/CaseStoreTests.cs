using EarlyHelp.Host.Tests.Cases;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Ports;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Persistence;

/// <summary>The store's behaviour, run once on a SQLite file and once on the PostgreSQL server.</summary>
public abstract class CaseStoreTests(string provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly Journey _journey = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await _database.MigrateAsync();
        await _database.NewStore().AddFamilyAsync(_journey.Family, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_family_is_saved_and_loaded_with_its_members_in_order()
    {
        var loaded = await _database.NewStore().FindFamilyAsync(_journey.Family.Id, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(_journey.Family.Address, loaded.Address);
        Assert.Equal(_journey.Family.Members, loaded.Members);
    }

    [Fact]
    public async Task A_case_from_enquiry_to_closure_is_saved_and_reloads_the_same()
    {
        var opened = _journey.Open();
        await SaveAsync(opened);
        var journey = await LoadAsync(opened.Id);
        _journey.ToClosed(journey);

        await SaveAsync(journey);

        var reloaded = await _database.NewStore().FindCaseAsync(journey.Id, CancellationToken.None);

        Assert.NotNull(reloaded);
        Assert.Equal(CaseState.Closed, reloaded.State);
        Assert.Equal(CaseSnapshot.Of(journey), CaseSnapshot.Of(reloaded));
        Assert.Empty(reloaded.PendingEvents);
    }

    [Fact]
    public async Task Each_save_appends_only_the_new_events()
    {
        var journey = _journey.Open();
        await SaveAsync(journey);
        var loaded = await LoadAsync(journey.Id);
        _journey.ToAssessment(loaded);

        await SaveAsync(loaded);

        var reloaded = await LoadAsync(journey.Id);
        Assert.Equal(CaseSnapshot.Of(loaded), CaseSnapshot.Of(reloaded));
        await using var db = _database.NewContext();
        Assert.Equal(reloaded.Version, await db.CaseEvents.CountAsync(e => e.CaseId == journey.Id));
    }

    [Fact]
    public async Task A_stale_update_is_refused_with_the_current_version_and_changes_nothing()
    {
        var (opened, first, second) = await TwoWritersWhereTheFirstHasSavedAsync();

        var conflict = await Assert.ThrowsAsync<CaseConcurrencyException>(() => SaveAsync(second));

        Assert.Equal(opened.Version, conflict.ExpectedVersion);
        Assert.Equal(first.Version, conflict.CurrentVersion);
        var stored = await LoadAsync(opened.Id);
        Assert.Equal(CaseSnapshot.Of(first), CaseSnapshot.Of(stored));
    }

    [Fact]
    public async Task The_losing_writer_retries_on_the_current_version_and_nothing_is_lost()
    {
        var (opened, first, second) = await TwoWritersWhereTheFirstHasSavedAsync();
        await Assert.ThrowsAsync<CaseConcurrencyException>(() => SaveAsync(second));

        var retried = await LoadAsync(opened.Id);
        Journey.Accept(_journey.AddReading(retried, 7));
        await SaveAsync(retried);

        var stored = await LoadAsync(opened.Id);
        Assert.Equal([6, 7], stored.OutcomeReadings.Skip(1).Select(r => r.Fact.Scores[0].Score));
    }

    [Fact]
    public async Task Concurrent_writers_on_one_case_each_land_exactly_once()
    {
        var opened = _journey.Open();
        _journey.ToReview(opened);
        await SaveAsync(opened);
        const int writers = 6;

        var conflicts = await Task.WhenAll(Enumerable.Range(1, writers).Select(score => Task.Run(() => WriteWithRetriesAsync(opened.Id, score))));

        var stored = await LoadAsync(opened.Id);
        Assert.Equal(opened.Version + writers, stored.Version);
        Assert.Equal(Enumerable.Range(1, writers), stored.OutcomeReadings.Skip(1).Select(r => r.Fact.Scores[0].Score).Order());
        Assert.Equal(Enumerable.Range(1, stored.Version), stored.History.Select(e => e.Sequence));
        Assert.All(conflicts, c => Assert.InRange(c, 0, writers - 1));
    }

    [Fact]
    public async Task Opening_the_same_case_twice_is_a_conflict_not_a_second_case()
    {
        var opened = _journey.Open();
        var copy = Case.Rehydrate(opened.History);
        await SaveAsync(opened);

        var fresh = Case.Open(opened.Id, (CaseOpened)copy.History[0].Data, Journey.Triage, copy.OpenedAt, []).Case!;

        await Assert.ThrowsAsync<CaseConcurrencyException>(() => SaveAsync(fresh));
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Cases.CountAsync(c => c.Id == opened.Id));
    }

    [Fact]
    public async Task Open_episodes_are_found_for_a_child_and_ended_ones_are_not()
    {
        var open = _journey.Open();
        _journey.ToAllocation(open);
        await SaveAsync(open);
        var closed = _journey.Open("Sibling's separate needs");
        _journey.ToClosed(closed);
        await SaveAsync(closed);

        var found = await _database.NewStore().FindOpenEpisodesAsync([_journey.ChildIds[1], Guid.NewGuid()], CancellationToken.None);

        var episode = Assert.Single(found);
        Assert.Equal(new OpenEpisode(open.Id, _journey.ChildIds[1], CaseState.Allocation), episode);
    }

    [Fact]
    public async Task The_case_row_summarises_state_level_of_need_and_lead_practitioner()
    {
        var journey = _journey.Open();
        _journey.ToAssessment(journey);
        await SaveAsync(journey);

        await using var db = _database.NewContext();
        var row = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == journey.Id);
        Assert.Equal(("assessment", "complex", Journey.Practitioner.UserId, "north-team", journey.Version),
            (row.State, row.LevelOfNeed, row.LeadPractitionerId, row.LeadTeamId, row.Version));
    }

    [Fact]
    public async Task An_unknown_case_is_not_found()
    {
        Assert.Null(await _database.NewStore().FindCaseAsync(Guid.NewGuid(), CancellationToken.None));
    }

    private async Task<int> WriteWithRetriesAsync(Guid caseId, int score)
    {
        for (var conflicts = 0; ; conflicts++)
        {
            var store = _database.NewStore();
            var loaded = (await store.FindCaseAsync(caseId, CancellationToken.None))!;
            Journey.Accept(loaded.RecordOutcomeReadings(
                new OutcomeReadingsRecorded("Family outcomes", [new DomainScore("Attendance", score)]),
                Journey.Practitioner, loaded.History[^1].At.AddMinutes(score)));
            try
            {
                await store.SaveCaseAsync(loaded, CancellationToken.None);
                return conflicts;
            }
            catch (CaseConcurrencyException)
            {
                Assert.True(conflicts < 50, "a writer never got through");
            }
        }
    }

    /// <summary>Two people load the same case and each adds a reading; the first saves.</summary>
    private async Task<(Case Opened, Case First, Case Second)> TwoWritersWhereTheFirstHasSavedAsync()
    {
        var opened = _journey.Open();
        _journey.ToReview(opened);
        await SaveAsync(opened);
        var first = await LoadAsync(opened.Id);
        var second = await LoadAsync(opened.Id);
        Journey.Accept(_journey.AddReading(first, 6));
        Journey.Accept(_journey.AddReading(second, 7));
        await SaveAsync(first);
        return (opened, first, second);
    }

    private Task SaveAsync(Case c) => _database.NewStore().SaveCaseAsync(c, CancellationToken.None);

    private async Task<Case> LoadAsync(Guid id) =>
        await _database.NewStore().FindCaseAsync(id, CancellationToken.None) ?? throw new InvalidOperationException("case not found");
}

public sealed class SqliteCaseStoreTests() : CaseStoreTests("sqlite");

public sealed class PostgresCaseStoreTests() : CaseStoreTests("postgresql");
