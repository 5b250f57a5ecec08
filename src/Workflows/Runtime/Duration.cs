using System.Text.Json;
using EarlyHelp.Workflows.Calendar;

namespace EarlyHelp.Workflows.Runtime;

/// <summary>
/// A span of time in a workflow: working days (England and Wales bank holidays and the council's closure
/// days skipped), calendar days, calendar weeks, hours, minutes or seconds. Days and weeks are counted on the
/// council's local (UK) dates and keep the time of day, so a clock change neither shortens nor stretches them.
/// </summary>
/// <param name="Unit">The unit.</param>
/// <param name="Amount">How many.</param>
public sealed record Duration(DurationUnit Unit, int Amount)
{
    /// <summary>Reads {"workingDays": n}, {"calendarDays": n}, {"weeks": n}, {"hours": n} or {"minutes": n}.</summary>
    /// <param name="json">The JSON value.</param>
    /// <param name="duration">The duration read.</param>
    /// <param name="error">Why it could not be read.</param>
    public static bool TryRead(JsonElement json, out Duration? duration, out string? error)
    {
        duration = null;
        error = null;
        if (json.ValueKind != JsonValueKind.Object)
        {
            error = "a duration is an object such as {\"workingDays\": 3}";
            return false;
        }

        var properties = json.EnumerateObject().ToList();
        if (properties.Count != 1)
        {
            error = "a duration has exactly one unit: workingDays, calendarDays, weeks, hours, minutes or seconds";
            return false;
        }

        var unit = properties[0].Name switch
        {
            "workingDays" => DurationUnit.WorkingDays,
            "calendarDays" => DurationUnit.CalendarDays,
            "weeks" => DurationUnit.Weeks,
            "hours" => DurationUnit.Hours,
            "minutes" => DurationUnit.Minutes,
            "seconds" => DurationUnit.Seconds,
            _ => (DurationUnit?)null,
        };
        if (unit is null)
        {
            error = $"'{properties[0].Name}' is not a unit: use workingDays, calendarDays, weeks, hours, minutes or seconds";
            return false;
        }

        if (properties[0].Value.ValueKind != JsonValueKind.Number || !properties[0].Value.TryGetInt32(out var amount) || amount < 0)
        {
            error = $"{properties[0].Name} must be a whole number, 0 or more";
            return false;
        }

        duration = new Duration(unit.Value, amount);
        return true;
    }

    /// <summary>When the span ends if it starts at <paramref name="start"/>.</summary>
    /// <param name="start">The start.</param>
    /// <param name="calendar">The working-day calendar.</param>
    public DateTimeOffset From(DateTimeOffset start, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Unit switch
        {
            DurationUnit.Hours => start.AddHours(Amount),
            DurationUnit.Minutes => start.AddMinutes(Amount),
            DurationUnit.Seconds => start.AddSeconds(Amount),
            _ => OnLocalDate(start, date => Unit switch
            {
                DurationUnit.WorkingDays => calendar.AddWorkingDays(date, Amount),
                DurationUnit.Weeks => calendar.AddCalendarWeeks(date, Amount),
                _ => date.AddDays(Amount),
            }),
        };
    }

    /// <inheritdoc />
    public override string ToString() => Unit switch
    {
        DurationUnit.WorkingDays => $"{Amount} working days",
        DurationUnit.CalendarDays => $"{Amount} calendar days",
        DurationUnit.Weeks => $"{Amount} weeks",
        DurationUnit.Hours => $"{Amount} hours",
        DurationUnit.Minutes => $"{Amount} minutes",
        _ => $"{Amount} seconds",
    };

    private static DateTimeOffset OnLocalDate(DateTimeOffset start, Func<DateOnly, DateOnly> move)
    {
        var local = TimeZoneInfo.ConvertTime(start, CouncilTime.Zone);
        var date = move(DateOnly.FromDateTime(local.DateTime));
        var wall = date.ToDateTime(TimeOnly.FromDateTime(local.DateTime));
        // A wall time inside the spring-forward gap does not exist; move it on by the gap.
        if (CouncilTime.Zone.IsInvalidTime(wall))
        {
            wall = wall.AddHours(1);
        }

        return new DateTimeOffset(wall, CouncilTime.Zone.GetUtcOffset(wall)).ToUniversalTime();
    }
}

/// <summary>The units of a <see cref="Duration"/>.</summary>
public enum DurationUnit
{
    /// <summary>Working days.</summary>
    WorkingDays,

    /// <summary>Calendar days.</summary>
    CalendarDays,

    /// <summary>Calendar weeks.</summary>
    Weeks,

    /// <summary>Hours.</summary>
    Hours,

    /// <summary>Minutes.</summary>
    Minutes,

    /// <summary>Seconds: for short automated waits (a retry, a test), not for the pathway's timescales.</summary>
    Seconds,
}
