using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Workflows.Deadlines;

/// <summary>
/// The council's (UK) days as instants, as <see cref="CouncilTime"/> has them, remembered per day: a time zone
/// conversion costs about a microsecond, and the daily timeliness check would pay it millions of times.
/// </summary>
internal static class CouncilDays
{
    private static readonly int FirstDay = new DateOnly(2000, 1, 1).DayNumber;

    /// <summary>Per day from <see cref="FirstDay"/> to the end of 2099: the UTC ticks of its local midnight, or 0 while not yet asked.</summary>
    private static readonly long[] Midnights = new long[new DateOnly(2100, 1, 1).DayNumber - FirstDay];

    /// <summary>
    /// The instant <paramref name="date"/> starts: the local midnight in UK time, as a UTC instant. A UK clock change
    /// happens at 01:00 or later, so midnight is never skipped or repeated.
    /// </summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var index = date.DayNumber - FirstDay;
        if ((uint)index >= (uint)Midnights.Length)
        {
            return Midnight(date);
        }

        // Several threads may fill the same day at once; they write the same value, and a long is written whole.
        var ticks = Volatile.Read(ref Midnights[index]);
        if (ticks == 0)
        {
            ticks = Midnight(date).UtcTicks;
            Volatile.Write(ref Midnights[index], ticks);
        }

        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    /// <summary>The council's date at <paramref name="instant"/>: the same as <see cref="CouncilTime.DateOf"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant)
    {
        // The UK offset is within a day of UTC, so the local date is the UTC date or a neighbour.
        var utcDate = DateOnly.FromDateTime(instant.UtcDateTime);
        var next = utcDate.AddDays(1);
        if (instant >= StartOf(next))
        {
            return next;
        }

        return instant < StartOf(utcDate) ? utcDate.AddDays(-1) : utcDate;
    }

    private static DateTimeOffset Midnight(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight - CouncilTime.Zone.GetUtcOffset(midnight), TimeSpan.Zero);
    }
}
