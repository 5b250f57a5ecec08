using System.Data.Common;
using System.Globalization;
using System.Text;
using EarlyHelp.Host.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace EarlyHelp.Host.Timeliness;

/// <summary>
/// Writes many rows of one entity without change tracking: an INSERT, or an UPDATE of one column for a list of
/// keys. On PostgreSQL a statement carries a chunk of rows (a round trip each); on SQLite one prepared statement
/// is run per row (no round trips, and binding is the cost). Values are converted by the model's own type
/// mappings (value converters included), so they are stored exactly as SaveChanges stores them (BulkRowsTests
/// holds both databases to that). This is for the daily check's hundreds of thousands of deadlines, where
/// tracking and a statement built per row cost far more than the database's own work. Runs on the context's
/// connection and inside its current transaction.
/// </summary>
internal static class BulkRows
{
    /// <summary>Inserts the rows; <paramref name="onConflict"/> (e.g. "ON CONFLICT (id) DO UPDATE SET ...") is appended to each statement.</summary>
    public static async Task InsertAsync<T>(EarlyHelpDbContext db, IReadOnlyList<T> rows, string? onConflict, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var columns = entity.GetProperties().ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(entity.GetTableName()!)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName())))}) ";
        if (db.Database.IsSqlite())
        {
            SqliteInsert(db, rows, columns, $"{head}VALUES ({string.Join(", ", columns.Select(_ => "?"))}){(onConflict is null ? "" : " " + onConflict)}");
            return;
        }

        await RunAsync(db, rows, columns, (command, count) =>
        {
            var text = new StringBuilder(head).Append("VALUES ");
            for (var r = 0; r < count; r++)
            {
                text.Append(r == 0 ? "(" : ", (").AppendJoin(", ", columns.Select(c => Parameter(command, sql, c))).Append(')');
            }

            return text.Append(onConflict is null ? "" : " " + onConflict).ToString();
        }, cancellationToken);
    }

    /// <summary>
    /// SQLite: one prepared statement, stepped once per row, through SQLite's own interface. Binding through
    /// the ADO.NET provider (a search by name per parameter, checks of the whole collection per run) costs
    /// more than SQLite's storing the row. Values are bound as Microsoft.Data.Sqlite binds them under EF's
    /// SQLite type mappings (<see cref="BindSqlite"/>), so they are stored exactly as SaveChanges stores them.
    /// </summary>
    private static void SqliteInsert<T>(EarlyHelpDbContext db, IReadOnlyList<T> rows, List<IProperty> columns, string text)
        where T : class
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk writes run inside the caller's transaction.");
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var getters = columns.Select(c => c.GetGetter()).ToArray();
        var converters = columns.Select(c => c.GetRelationalTypeMapping().Converter).ToArray();
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(handle, text, out var statement), handle);
        using (statement)
        {
            foreach (var row in rows)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    var value = getters[c].GetClrValueUsingContainingEntity(row);
                    BindSqlite(statement, c + 1, converters[c] is { } converter ? converter.ConvertToProvider(value) : value);
                }

                var done = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (done != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(done, handle);
                }
            }
        }
    }

    /// <summary>A value as Microsoft.Data.Sqlite binds it with EF's SQLite type mappings: identifiers as upper-case text, instants and dates as ISO text without a zone.</summary>
    private static void BindSqlite(sqlite3_stmt statement, int index, object? value)
    {
        var result = value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string text => raw.sqlite3_bind_text(statement, index, text),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            Guid id => raw.sqlite3_bind_text(statement, index, id.ToString().ToUpperInvariant()),
            DateTime instant => raw.sqlite3_bind_text(statement, index, instant.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            DateOnly date => raw.sqlite3_bind_text(statement, index, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException($"Bulk writes to SQLite do not bind {value.GetType().Name} values."),
        };
        if (result != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite refused parameter {index} ({result}).");
        }
    }

    /// <summary>Sets one property to one value on the rows with the given rows' primary keys.</summary>
    public static async Task SetAsync<T>(EarlyHelpDbContext db, IReadOnlyList<T> rows, string propertyName, string value, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var target = entity.FindProperty(propertyName) ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {propertyName}.");
        var keys = entity.FindPrimaryKey()!.Properties.ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        // The new value is a literal of the model's own type mapping, so each chunk's parameters are its keys alone.
        var head = $"UPDATE {sql.DelimitIdentifier(entity.GetTableName()!)} SET {sql.DelimitIdentifier(target.GetColumnName())} = {target.GetRelationalTypeMapping().GenerateSqlLiteral(value)}"
            + $" WHERE ({string.Join(", ", keys.Select(k => sql.DelimitIdentifier(k.GetColumnName())))}) IN (VALUES ";
        await RunAsync(db, rows, keys, (command, count) =>
        {
            var text = new StringBuilder(head);
            for (var r = 0; r < count; r++)
            {
                text.Append(r == 0 ? "(" : ", (").AppendJoin(", ", keys.Select(k => Parameter(command, sql, k))).Append(')');
            }

            return text.Append(')').ToString();
        }, cancellationToken);
    }

    /// <summary>
    /// Runs one statement per chunk of rows, the same prepared statement for every full chunk. SQLite binds
    /// each named parameter by walking the statement's list of them, so its chunks are a single row; PostgreSQL
    /// pays a round trip per statement, so its chunks are large.
    /// </summary>
    private static async Task RunAsync<T>(EarlyHelpDbContext db, IReadOnlyList<T> rows, List<IProperty> columns, Func<DbCommand, int, string> text, CancellationToken cancellationToken)
        where T : class
    {
        var perStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, 30_000 / columns.Count);
        var getters = columns.Select(c => c.GetGetter()).ToArray();
        var converters = columns.Select(c => c.GetRelationalTypeMapping().Converter).ToArray();
        DbCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                var command = chunk.Length == perStatement ? full ??= NewCommand(db, perStatement, text) : NewCommand(db, chunk.Length, text);
                for (var r = 0; r < chunk.Length; r++)
                {
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var value = getters[c].GetClrValueUsingContainingEntity(chunk[r]);
                        command.Parameters[(r * columns.Count) + c].Value = (converters[c] is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private static DbCommand NewCommand(EarlyHelpDbContext db, int rows, Func<DbCommand, int, string> text)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes run inside the caller's transaction.");
        command.CommandText = text(command, rows);
        return command;
    }

    private static string Parameter(DbCommand command, ISqlGenerationHelper sql, IProperty property)
    {
        var name = sql.GenerateParameterName(string.Create(CultureInfo.InvariantCulture, $"p{command.Parameters.Count}"));
        command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, null, property.IsNullable));
        return name;
    }
}
