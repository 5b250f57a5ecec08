using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// The average working days of the pathway's steps (Doncaster's process measures 3.1 a-d), each interval counted
/// in the period of the day it ends, with the council's working-day calendar (the first day is day 0, weekends,
/// bank holidays and closure days are skipped):
/// <list type="bullet">
/// <item>enquiry to allocation: from the day the case's opening enquiry was received to the day its first lead
/// practitioner was allocated; once per case (a step-down's allocation is the panel's, not the front door's);</item>
/// <item>allocation to EHA start: from the episode's allocation (its first lead practitioner, or its step-down;
/// a reallocation does not restart it) to the EHA started;</item>
/// <item>EHA start to EHA completed with a family plan;</item>
/// <item>EHA completed to the first TAF meeting after it, to the day the meeting was held
/// (<see cref="TafMeetingHeld.HeldOn"/>), not the day it was recorded.</item>
/// </list>
/// These are the same starting points as the case's deadlines (<c>CaseDeadlines</c>). An interval the calendar
/// does not cover (a year without an imported bank holiday list) is left out rather than miscounted.
/// </summary>
internal sealed class TimelinessMeasures(WorkingDayCalendar calendar) : IMeasureRule
{
    public void Observe(in HistoryEntry entry, DateOnly date, CaseTrack track, Tally tally)
    {
        if (ReferenceEquals(entry.Type, FactTypes.LeadPractitionerAllocated))
        {
            if (!track.EverAllocated)
            {
                Interval(tally, track.Area, PerformanceFramework.DaysEnquiryToAllocation, track.ReceivedOn, date);
            }
        }
        else if (ReferenceEquals(entry.Type, FactTypes.AssessmentStarted))
        {
            if (track.AllocatedOn is { } allocated)
            {
                Interval(tally, track.Area, PerformanceFramework.DaysAllocationToEhaStart, allocated, date);
            }

            track.EhaStartedOn = date;
        }
        else if (ReferenceEquals(entry.Type, FactTypes.AssessmentCompleted))
        {
            if (track.EhaStartedOn is { } started)
            {
                Interval(tally, track.Area, PerformanceFramework.DaysEhaStartToEhaCompleted, started, date);
            }

            track.EhaCompletedAwaitingTaf = date;
        }
        else if (entry.Fact is TafMeetingHeld meeting && track.EhaCompletedAwaitingTaf is { } completed)
        {
            Interval(tally, track.Area, PerformanceFramework.DaysEhaCompletedToTafMeeting, completed, meeting.HeldOn);
            track.EhaCompletedAwaitingTaf = null;
        }
    }

    private void Interval(Tally tally, int area, Measure measure, DateOnly from, DateOnly to)
    {
        if (!calendar.Covers(from) || !calendar.Covers(to))
        {
            return;
        }

        // A meeting typed in after the EHA's completion may say it was held the same day or, by mistake, before: never negative.
        tally.Average(area, to, measure, Math.Max(0, calendar.WorkingDaysBetween(from, to)));
    }
}
