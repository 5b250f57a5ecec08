using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EarlyHelp.Host.Persistence;

/// <summary>
/// Settings SQLite keeps per connection, applied whenever EF opens one: wait for a busy writer instead of
/// failing at once, and, in write-ahead-log mode, sync the log at checkpoints rather than at every commit
/// ("synchronous = NORMAL"). A committed step then survives the process being killed; only a power cut or
/// an operating-system crash can lose the last commits, never corrupt the file.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
