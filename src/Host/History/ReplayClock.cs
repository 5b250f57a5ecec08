namespace EarlyHelp.Host.History;

/// <summary>
/// The clock of an import or a simulation: every part of the product (the pipeline, the engine, the store) reads
/// the time of the event being replayed, so each event is recorded when it happened, not when it was imported.
/// </summary>
internal sealed class ReplayClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, now.UtcTicks);
}
