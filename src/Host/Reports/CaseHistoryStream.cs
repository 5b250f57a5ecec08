using System.Collections.Frozen;
using System.Data.Common;
using System.Text;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Measures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace EarlyHelp.Host.Reports;

/// <summary>
/// Feeds the whole case history to the measures with plain data readers (SQLite or PostgreSQL), in ordered reads:
/// case by case, each case's events in order, never holding more than the row being read. Facts are read only for
/// the event types the measures use, and only their measures' fields (<see cref="MeasureFacts"/>); the database
/// leaves the other types' JSON out of the rows.
/// </summary>
/// <remarks>
/// Reading the rows costs about twice the measures' own work, so the history is read in as many parts as there are
/// processors, each a range of case identifiers on its own connection, into its own accumulator, and the parts are
/// merged. Each part reads one consistent view; parts read moments apart, so a case changed meanwhile is counted as it
/// stood when its own part read it.
/// </remarks>
internal static class CaseHistoryStream
{
    private static readonly FrozenDictionary<string, CaseState> States =
        Enum.GetValues<CaseState>().ToFrozenDictionary(CaseEventJson.Write, StringComparer.Ordinal);

    private static readonly string FactsRead = string.Join(", ", MeasureAccumulator.FactsRead.Order(StringComparer.Ordinal).Select(k => $"'{k}'"));

    /// <summary>
    /// The query. SQLite keeps instants as text, which .NET parses slowly: there SQLite itself turns them into
    /// milliseconds since 1970 (rounded, so an event at midnight stays on its day). The key list is made from our
    /// own constant event keys, never from input.
    /// </summary>
    internal static string Query(bool sqlite, string? cases = null) =>
        "SELECT case_id, sequence, type, to_state, "
        + (sqlite ? "CAST(ROUND((julianday(occurred_at) - 2440587.5) * 86400000.0) AS INTEGER)" : "occurred_at")
        + $", CASE WHEN type IN ({FactsRead}) THEN data END FROM case_events"
        + (cases is null ? "" : " WHERE " + cases)
        + " ORDER BY case_id, sequence";

    /// <summary>
    /// The part's range of case identifiers, split by how many cases there are: bounded by the identifiers at its
    /// first and next part's positions in the cases table, found by the database itself (so an identifier is
    /// compared as the database stores it). Only whole numbers go into the text.
    /// </summary>
    internal static string? Range(int part, int parts, int cases)
    {
        if (parts == 1)
        {
            return null;
        }

        string At(int index) => $"(SELECT id FROM cases ORDER BY id LIMIT 1 OFFSET {(long)cases * index / parts})";
        var from = part == 0 ? null : $"case_id >= {At(part)}";
        var to = part == parts - 1 ? null : $"case_id < {At(part + 1)}";
        return from is null ? to : to is null ? from : $"{from} AND {to}";
    }

    /// <summary>The measures over the whole history, read in parallel parts.</summary>
    public static async Task<MeasureReport> ReadAsync(IDbContextFactory<EarlyHelpDbContext> contexts, WorkingDayCalendar calendar, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        var parts = Math.Clamp(Environment.ProcessorCount, 1, 8);
        int cases;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            cases = await db.Cases.CountAsync(cancellationToken);
        }

        // Small histories are read in one part: the parts' own costs would outweigh their gain.
        parts = cases < 10_000 ? 1 : parts;
        var accumulators = await Task.WhenAll(Enumerable.Range(0, parts).Select(part => Task.Run(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var accumulator = new MeasureAccumulator(calendar, asOf);
            await ReadIntoAsync(db, accumulator, Range(part, parts, cases), cancellationToken);
            return accumulator;
        }, cancellationToken)));
        foreach (var other in accumulators.Skip(1))
        {
            accumulators[0].Merge(other);
        }

        return accumulators[0].Complete();
    }

    /// <summary>Reads every case's history, or those of a range of cases (a WHERE condition on case_id), into the accumulator.</summary>
    public static async Task ReadIntoAsync(EarlyHelpDbContext db, MeasureAccumulator accumulator, string? cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(accumulator);
        var sqlite = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Query(sqlite, cases);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            // A full read of the history: longer than a request's default command timeout allows on a large council.
            command.CommandTimeout = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await ReadRowsAsync(reader, sqlite, accumulator, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ReadRowsAsync(DbDataReader reader, bool sqlite, MeasureAccumulator accumulator, CancellationToken cancellationToken)
    {
        var caseId = Guid.Empty;
        var lastSequence = int.MaxValue;
        CaseEventType? type = null;
        var typeKey = "";
        var utf8 = new byte[4096];
        while (await reader.ReadAsync(cancellationToken))
        {
            // Rows come ordered by case, then sequence from 1: a sequence that does not rise starts the next case.
            var sequence = reader.GetInt32(1);
            if (sequence <= lastSequence)
            {
                caseId = reader.GetGuid(0);
            }

            lastSequence = sequence;
            var key = reader.GetString(2);
            // Rows of one type often follow each other: one remembered lookup pays.
            if (type is null || !string.Equals(key, typeKey, StringComparison.Ordinal))
            {
                type = CaseEventTypes.ForKey(key) ?? throw new InvalidOperationException($"Case {caseId} has an event of unknown type '{key}'.");
                typeKey = key;
            }

            var to = States.TryGetValue(reader.GetString(3), out var state) ? state : throw new InvalidOperationException($"Case {caseId} has an event with an unknown state.");
            var at = sqlite
                ? DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4))
                : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(4), DateTimeKind.Utc));
            object? fact = null;
            if (!reader.IsDBNull(5))
            {
                var json = reader.GetString(5);
                if (Encoding.UTF8.GetMaxByteCount(json.Length) > utf8.Length)
                {
                    utf8 = new byte[Encoding.UTF8.GetMaxByteCount(json.Length)];
                }

                fact = MeasureFacts.Read(type, utf8.AsSpan(0, Encoding.UTF8.GetBytes(json, utf8)));
            }

            accumulator.Add(new HistoryEntry(caseId, type, to, at, fact));
        }
    }
}
