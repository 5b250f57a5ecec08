using System.Data.Common;
using System.Globalization;
using System.Text;
using EarlyHelp.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EarlyHelp.Host.Timeliness;

/// <summary>
/// Writes many rows of one entity without change tracking: an INSERT, or an UPDATE of one column for a list of
/// keys, per chunk of rows, one prepared statement reused for every full chunk. Parameters are made by the
/// model's own type mappings (value converters included), so the stored values are exactly those SaveChanges
/// would store, on SQLite and PostgreSQL alike. This is for the daily check's hundreds of thousands of
/// deadlines, where tracking and a freshly built statement per row cost far more than the database's own work.
/// Runs on the context's connection and current transaction.
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
