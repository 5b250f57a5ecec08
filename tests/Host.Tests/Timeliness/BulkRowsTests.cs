using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Timeliness;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Timeliness;

/// <summary>Rows written in bulk are stored exactly as SaveChanges stores them, so queries and comparisons treat them alike.</summary>
public abstract class BulkRowsTests(string provider) : IAsyncLifetime
{
    // Microseconds (PostgreSQL keeps no finer), and (below) none: the text forms of both must match.
    private static readonly DateTime Instant = new DateTime(2026, 3, 2, 9, 15, 30, DateTimeKind.Utc).AddTicks(1_234_560);
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await _database.MigrateAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_row_written_in_bulk_is_stored_as_SaveChanges_stores_it()
    {
        var saved = Row(Guid.NewGuid(), metAt: Instant.AddDays(1), problem: "It's outside the calendar");
        var bulk = Row(Guid.NewGuid(), metAt: Instant.AddDays(1), problem: "It's outside the calendar");
        var savedOpen = Row(Guid.NewGuid(), metAt: null, problem: null);
        var bulkOpen = Row(Guid.NewGuid(), metAt: null, problem: null);
        await using (var db = _database.NewContext())
        {
            db.CaseDeadlines.AddRange(saved, savedOpen);
            await db.SaveChangesAsync();
        }

        await using (var db = _database.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await BulkRows.InsertAsync(db, [bulk, bulkOpen], onConflict: null, CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.Equal(await StoredAsync(saved.CaseId), await StoredAsync(bulk.CaseId));
        Assert.Equal(await StoredAsync(savedOpen.CaseId), await StoredAsync(bulkOpen.CaseId));
        // Found by EF's own comparisons: the identifier and the instant are stored in EF's form.
        await using var read = _database.NewContext();
        Assert.Equal(Instant.AddDays(1), (await read.CaseDeadlines.SingleAsync(d => d.CaseId == bulk.CaseId && d.MetAt == Instant.AddDays(1))).MetAt);
    }

    [Fact]
    public async Task Setting_a_column_in_bulk_changes_only_the_rows_named()
    {
        var changed = Row(Guid.NewGuid(), null, null);
        var kept = Row(Guid.NewGuid(), null, null);
        await using (var db = _database.NewContext())
        {
            db.CaseDeadlines.AddRange(changed, kept);
            await db.SaveChangesAsync();
        }

        await using (var db = _database.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await BulkRows.SetAsync(db, [changed], nameof(CaseDeadlineRow.Status), "met-late", CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using var read = _database.NewContext();
        var statuses = await read.CaseDeadlines.ToDictionaryAsync(d => d.CaseId, d => d.Status);
        Assert.Equal(("met-late", "on-track"), (statuses[changed.CaseId], statuses[kept.CaseId]));
    }

    /// <summary>Every column but the case's id, as the database hands it back.</summary>
    private async Task<List<object?>> StoredAsync(Guid caseId)
    {
        await using var db = _database.NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM case_deadlines";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToList();
            if (values[reader.GetOrdinal("case_id")]!.ToString()!.Equals(caseId.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                values[reader.GetOrdinal("case_id")] = "(the case)";
                return values;
            }
        }

        throw new InvalidOperationException($"No row for case {caseId}.");
    }

    private static CaseDeadlineRow Row(Guid caseId, DateTime? metAt, string? problem) => new()
    {
        CaseId = caseId,
        Episode = 2,
        Kind = "Assessment",
        Number = 1,
        StartedAt = Instant,
        AmberFrom = new DateTime(2026, 3, 17, 0, 0, 0, DateTimeKind.Utc),
        DueOn = new DateOnly(2026, 3, 30),
        LateFrom = Instant.AddDays(29),
        BreachOn = new DateOnly(2026, 4, 20),
        BreachedFrom = Instant.AddDays(50),
        MetAt = metAt,
        CalendarVersion = "ew-2018-2027+closures:0/abc",
        CalendarProblem = problem,
        Status = "on-track",
        TeamId = "north",
    };
}

public sealed class SqliteBulkRowsTests() : BulkRowsTests("sqlite");

public sealed class PostgresBulkRowsTests() : BulkRowsTests("postgresql");
