namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>
/// A fixed clock: starts at 2026-04-01 09:00 UTC and moves on one hour per tick, so every event of a
/// journey has its own time and a test can say exactly when something happened.
/// </summary>
internal sealed class Clock
{
    public static readonly DateTimeOffset Start = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The day the clock starts on: meetings and reviews in the sample facts are held then.</summary>
    public static readonly DateOnly FirstDay = DateOnly.FromDateTime(Start.UtcDateTime);

    public DateTimeOffset Now { get; private set; } = Start;

    public DateTimeOffset Next() => Now = Now.AddHours(1);
}
