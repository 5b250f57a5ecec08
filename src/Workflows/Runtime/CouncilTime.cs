namespace EarlyHelp.Workflows.Runtime;

/// <summary>
/// Councils in England work on UK local time: dates (for working days, ages and due dates) are the dates
/// on a wall clock in Europe/London, whatever the server's own time zone.
/// </summary>
public static class CouncilTime
{
    /// <summary>The council's time zone.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The council's date at an instant.</summary>
    /// <param name="instant">The instant.</param>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instant a council day starts: its local midnight (UK clocks change at 01:00 or later, so midnight always exists once).</summary>
    /// <param name="date">The day.</param>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
