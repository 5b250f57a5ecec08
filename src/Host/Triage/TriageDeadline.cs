using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Deadlines;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Host.Triage;

/// <summary>
/// The triage timescale as the inbox shows it: due the pathway's number of working days after the day the enquiry
/// was received (fewer when urgent), amber from the working day before, breached once the due day has passed; the
/// same rules as the case's triage deadline. Also the received-before instants that select each status in SQL.
/// </summary>
internal sealed class TriageDeadline(Timescales timescales, WorkingDayCalendar calendar)
{
    public int DaysFor(bool urgent) => urgent ? timescales.UrgentTriageWorkingDays : timescales.TriageWorkingDays;

    public DateOnly DueOn(DateTimeOffset receivedAt, bool urgent) => calendar.AddWorkingDays(CouncilTime.DateOf(receivedAt), DaysFor(urgent));

    public string StatusWord(DateOnly due, DateTimeOffset now)
    {
        var today = CouncilTime.DateOf(now);
        if (today > due)
        {
            return TriageStatuses.Breached;
        }

        return today >= calendar.AddWorkingDays(due, -timescales.AmberWorkingDaysBeforeDue) ? TriageStatuses.Amber : TriageStatuses.OnTrack;
    }

    /// <summary>Working days from today to the due day: 0 on the due day, negative once it has passed.</summary>
    public int WorkingDaysLeft(DateOnly due, DateTimeOffset now)
    {
        var today = CouncilTime.DateOf(now);
        return today <= due ? calendar.WorkingDaysBetween(today, due) : -calendar.WorkingDaysBetween(due, today);
    }

    /// <summary>
    /// Enquiries received before the first instant are breached today; before the second, amber or breached. The
    /// due day only moves forward with the day received, so each status is a range of received instants.
    /// </summary>
    public (DateTimeOffset BreachedBefore, DateTimeOffset AmberBefore) Cutoffs(bool urgent, DateTimeOffset now)
    {
        var today = CouncilTime.DateOf(now);
        var breachedBefore = FirstReceivedDay(urgent, today, due => today > due);
        var amberBefore = FirstReceivedDay(urgent, today, due => today >= calendar.AddWorkingDays(due, -timescales.AmberWorkingDaysBeforeDue));
        return (CouncilTime.StartOf(breachedBefore), CouncilTime.StartOf(amberBefore));
    }

    /// <summary>The first day received on which <paramref name="late"/> no longer holds, walking forward from a day long before today.</summary>
    private DateOnly FirstReceivedDay(bool urgent, DateOnly today, Func<DateOnly, bool> late)
    {
        var day = today.AddDays(-(7 * DaysFor(urgent)) - 30);
        while (day <= today && late(calendar.AddWorkingDays(day, DaysFor(urgent))))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}

/// <summary>The inbox's status words.</summary>
internal static class TriageStatuses
{
    public const string OnTrack = "on-track";
    public const string Amber = "amber";
    public const string Breached = "breached";

    public static IReadOnlyList<string> All { get; } = [OnTrack, Amber, Breached];
}
