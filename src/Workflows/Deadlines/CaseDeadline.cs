namespace EarlyHelp.Workflows.Deadlines;

/// <summary>
/// One deadline of a case, as <see cref="CaseDeadlines.For"/> computed it from the case's facts, the pathway's
/// <see cref="Timescales"/> and a working-day calendar. A plain value, made to be stored: it keeps the
/// <see cref="CalendarVersion"/> it was computed with (DESIGN.md, "Working days").
/// </summary>
/// <remarks>
/// <para>
/// Days are the council's dates in UK local time (<see cref="Runtime.CouncilTime"/>). A deadline is met in time
/// when its fact happens before the end of its due day (<see cref="DueOn"/>): the end of a day is the local midnight
/// that starts the next one. The instants (<see cref="AmberFrom"/>, <see cref="LateFrom"/>, <see cref="BreachedFrom"/>)
/// are those boundaries, so every status is a comparison of instants.
/// </para>
/// <para>
/// The three points, from <see cref="StartedAt"/>: amber from <see cref="AmberFrom"/>; due by the end of
/// <see cref="DueOn"/>; breached after the end of <see cref="BreachOn"/>. For every kind but the assessment,
/// <see cref="BreachOn"/> is <see cref="DueOn"/>.
/// </para>
/// </remarks>
/// <param name="CaseId">The case.</param>
/// <param name="Kind">Which deadline.</param>
/// <param name="Episode">
/// The case's episode: 1 from the opening enquiry, 2 after its first step-down from social care, and so on. With
/// <paramref name="Kind"/> and <paramref name="Number"/> it identifies the deadline on the case, for storage.
/// </param>
/// <param name="Number">1 for most kinds; the review's or the reading's number in the episode (1, 2, ...).</param>
/// <param name="StartedAt">When the fact it counts from happened (its date is working day 0).</param>
/// <param name="AmberFrom">From when an unmet deadline is amber: the start of its amber day, but never before <paramref name="StartedAt"/>.</param>
/// <param name="DueOn">The last day on which meeting it is in time.</param>
/// <param name="LateFrom">The end of <paramref name="DueOn"/>: met from this instant on is late.</param>
/// <param name="BreachOn">The last day before it is breached; the same as <paramref name="DueOn"/> for every kind but the assessment.</param>
/// <param name="BreachedFrom">The end of <paramref name="BreachOn"/>: unmet from this instant on is breached.</param>
/// <param name="MetAt">When the fact that meets it happened; null while it is open.</param>
/// <param name="CalendarVersion">The <see cref="Calendar.WorkingDayCalendar.Version"/> it was computed with.</param>
/// <param name="CalendarProblem">
/// Null when the calendar covered every count. Otherwise why not (a count ran outside the years of its bank holiday
/// list): the dates are then approximate, counted with weekends only and no bank holidays or closure days, and the
/// deadline should be reported and recomputed once the newer official list is imported.
/// </param>
public sealed record CaseDeadline(
    Guid CaseId,
    DeadlineKind Kind,
    int Episode,
    int Number,
    DateTimeOffset StartedAt,
    DateTimeOffset AmberFrom,
    DateOnly DueOn,
    DateTimeOffset LateFrom,
    DateOnly BreachOn,
    DateTimeOffset BreachedFrom,
    DateTimeOffset? MetAt,
    string CalendarVersion,
    string? CalendarProblem)
{
    /// <summary>True while the fact that meets it has not happened.</summary>
    public bool IsOpen => MetAt is null;

    /// <summary>
    /// Where the deadline stands at <paramref name="now"/>. Met by then (<see cref="MetAt"/> at or before
    /// <paramref name="now"/>): <see cref="DeadlineStatus.Met"/> if before <see cref="LateFrom"/>, otherwise
    /// <see cref="DeadlineStatus.MetLate"/>. Not met by then: <see cref="DeadlineStatus.Breached"/> from
    /// <see cref="BreachedFrom"/>, <see cref="DeadlineStatus.Amber"/> from <see cref="AmberFrom"/>, otherwise
    /// <see cref="DeadlineStatus.OnTrack"/>. So asking about an instant before <see cref="MetAt"/> gives the status
    /// the deadline had then.
    /// </summary>
    /// <param name="now">The instant asked about.</param>
    public DeadlineStatus StatusAt(DateTimeOffset now)
    {
        if (MetAt is { } met && met <= now)
        {
            return met < LateFrom ? DeadlineStatus.Met : DeadlineStatus.MetLate;
        }

        if (now >= BreachedFrom)
        {
            return DeadlineStatus.Breached;
        }

        return now >= AmberFrom ? DeadlineStatus.Amber : DeadlineStatus.OnTrack;
    }
}
