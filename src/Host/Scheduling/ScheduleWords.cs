using System.Globalization;
using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>A trigger's schedule in words for the jobs page: "daily at 07:00", "every Monday at 09:00", "every minute"; the cron expression itself otherwise.</summary>
internal static class ScheduleWords
{
    private static readonly Dictionary<string, string> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MON"] = "Monday", ["TUE"] = "Tuesday", ["WED"] = "Wednesday", ["THU"] = "Thursday", ["FRI"] = "Friday", ["SAT"] = "Saturday", ["SUN"] = "Sunday",
    };

    public static string Of(ITrigger trigger) => trigger switch
    {
        ICronTrigger cron => Cron(cron.CronExpressionString ?? ""),
        ISimpleTrigger simple => Every(simple.RepeatInterval),
        _ => "once",
    };

    /// <summary>Reads the shapes our schedules take (seconds, minutes and hours fixed; every day, or some days of the week).</summary>
    public static string Cron(string expression)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields is not [var second, var minute, var hour, var dayOfMonth, "*", var dayOfWeek, ..] || fields.Length > 7
            || !int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            || !int.TryParse(minute, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(hour, NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || (fields.Length == 7 && fields[6] != "*"))
        {
            return $"cron {expression}";
        }

        var at = s == 0 ? $"{h:00}:{m:00}" : $"{h:00}:{m:00}:{s:00}";
        if (dayOfMonth is "*" or "?" && dayOfWeek is "*" or "?")
        {
            return $"daily at {at}";
        }

        if (dayOfMonth == "?" && dayOfWeek.Split(',') is var days && days.All(Days.ContainsKey))
        {
            return $"every {string.Join(", ", days.Select(d => Days[d]))} at {at}";
        }

        return $"cron {expression}";
    }

    private static string Every(TimeSpan interval) => interval switch
    {
        { TotalSeconds: 60 } => "every minute",
        { TotalMinutes: 60 } => "every hour",
        _ when interval.TotalMinutes >= 1 && interval.TotalMinutes == Math.Floor(interval.TotalMinutes) => $"every {interval.TotalMinutes} minutes",
        _ => $"every {interval.TotalSeconds} seconds",
    };
}
