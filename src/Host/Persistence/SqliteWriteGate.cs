namespace EarlyHelp.Host.Persistence;

/// <summary>
/// Lets the process's API writers into SQLite one at a time, first come first served. SQLite has one writer at a
/// time anyway; without the gate, writers that find the database locked sleep and poll (busy_timeout backs off
/// to 100 ms between tries), so twenty clients wait far longer than the writes take. On PostgreSQL, whose
/// writers do not exclude each other, the gate lets everyone through.
/// </summary>
internal sealed class SqliteWriteGate(DatabaseConnection database) : IDisposable
{
    private readonly SemaphoreSlim? _gate = database.Provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    /// <summary>Waits for the turn to write; dispose the answer to let the next writer in.</summary>
    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (_gate is null)
        {
            return Turn.None;
        }

        await _gate.WaitAsync(cancellationToken);
        return new Turn(_gate);
    }

    public void Dispose() => _gate?.Dispose();

    private sealed class Turn(SemaphoreSlim? gate) : IDisposable
    {
        public static Turn None { get; } = new(null);

        private SemaphoreSlim? _gate = gate;

        public void Dispose() => Interlocked.Exchange(ref _gate, null)?.Release();
    }
}
