using EarlyHelp.Workflows.Calendar;

namespace EarlyHelp.Workflows.Tests.Deadlines;

/// <summary>The calendars the deadline tests count with.</summary>
internal static class Calendars
{
    /// <summary>The shipped England and Wales snapshot (2018 to 2027), no closure days.</summary>
    public static WorkingDayCalendar EnglandAndWales { get; } = WorkingDayCalendar.EnglandAndWales();
}
