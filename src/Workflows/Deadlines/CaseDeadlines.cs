using System.Globalization;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Deadlines;

/// <summary>
/// Computes a case's deadlines from its facts, the pathway's <see cref="Timescales"/> and a working-day calendar
/// (DESIGN.md, "Default timescales" and "Working days"). Pure and thread-safe: the daily timeliness check calls it for
/// every open case.
/// </summary>
public static class CaseDeadlines
{
    /// <summary>
    /// The deadlines of the case's current episode as they stand now: those whose counting has started, met ones with
    /// the instant they were met, in the order of <see cref="DeadlineKind"/> (reviews and readings by number).
    /// </summary>
    /// <remarks>
    /// <para>Each deadline counts from a fact and is met by another (working days count from the fact's UK date as day 0):</para>
    /// <list type="bullet">
    /// <item><see cref="DeadlineKind.Triage"/>: from the enquiry received (<see cref="Enquiry.ReceivedAt"/>), in
    /// <see cref="Timescales.TriageWorkingDays"/>, or <see cref="Timescales.UrgentTriageWorkingDays"/> when urgent; met by
    /// the triage decision. When several enquiries came before the decision, the one due first counts.</item>
    /// <item><see cref="DeadlineKind.Allocation"/>: from a triage decision for Early Help, in
    /// <see cref="Timescales.AllocationWorkingDays"/>; met by the first lead practitioner allocated.</item>
    /// <item><see cref="DeadlineKind.Assessment"/>: from the episode's first allocation (a later reallocation does not
    /// restart it; after a step-down, the step-down's named lead practitioner), amber from day
    /// <see cref="Timescales.AssessmentAmberWorkingDays"/>, due on day <see cref="Timescales.AssessmentWorkingDays"/>,
    /// breached after day <see cref="Timescales.AssessmentBreachWorkingDays"/>; met by the EHA completed with a plan.</item>
    /// <item><see cref="DeadlineKind.FirstTaf"/>: from the EHA completed, in <see cref="Timescales.FirstTafWorkingDays"/>;
    /// met by the first Team Around the Family meeting.</item>
    /// <item><see cref="DeadlineKind.Review"/>: <see cref="Timescales.ReviewWeeks"/> calendar weeks from the day of the
    /// first TAF meeting, then from the day of each review; met by the next review (a further TAF meeting is not a
    /// review). The reviews held are met deadlines; one more is open.</item>
    /// <item><see cref="DeadlineKind.OutcomeReadings"/>: <see cref="Timescales.FirstOutcomeReadingsWeeks"/> calendar
    /// weeks from the start of the EHA, then <see cref="Timescales.OutcomeReadingsWeeks"/> from each reading; met by the
    /// next readings. The readings taken are met deadlines; one more is open.</item>
    /// <item><see cref="DeadlineKind.ClosureSignOff"/>: from the closure request (the latest, if it was made again), in
    /// <see cref="Timescales.ClosureSignOffWorkingDays"/>; met by a manager's sign-off.</item>
    /// </list>
    /// <para>
    /// A meeting or review meets its deadline on the day it was held (<see cref="TafMeetingHeld.HeldOn"/>), not the day
    /// it was typed in: <see cref="CaseDeadline.MetAt"/> is the instant it was recorded if recorded that day, otherwise
    /// the start of that day. Other facts meet their deadline at the instant recorded.
    /// </para>
    /// <para>
    /// An ended case (closed, or stepped up to social care) has no open deadlines: those not met when it ended are
    /// left out, the met ones stay. While the family's consent is withdrawn, the open assessment and readings deadlines
    /// are left out; once the family plan has ended, the open first TAF and review deadlines are: the work cannot go on,
    /// and the case heads for closure, whose sign-off deadline still counts.
    /// </para>
    /// <para>
    /// Episodes: a case stepped down from social care starts a new episode at the step-down; only its deadlines are
    /// given, numbered in <see cref="CaseDeadline.Episode"/>. It has no triage or allocation deadline: the panel decided,
    /// and the step-down named the lead practitioner.
    /// </para>
    /// <para>
    /// A count the calendar does not cover is not refused: the deadline carries <see cref="CaseDeadline.CalendarProblem"/>
    /// and approximate dates, so the daily check can report it and go on.
    /// </para>
    /// </remarks>
    /// <param name="subject">The case.</param>
    /// <param name="timescales">The pathway's timescales, e.g. <see cref="Timescales.Default"/>.</param>
    /// <param name="calendar">The working-day calendar; its <see cref="WorkingDayCalendar.Version"/> goes on each deadline.</param>
    /// <exception cref="ArgumentException">The timescales cannot be used (<see cref="Timescales.Validate"/>).</exception>
    public static IReadOnlyList<CaseDeadline> For(Case subject, Timescales timescales, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(timescales);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!timescales.IsValid)
        {
            throw new ArgumentException($"The timescales cannot be used: {string.Join("; ", timescales.Validate())}.", nameof(timescales));
        }

        var (episode, episodeStart) = CurrentEpisode(subject);
        var counter = new Counter(subject.Id, episode, timescales.AmberWorkingDaysBeforeDue, calendar);
        var ended = subject.EndedAt is not null;
        var deadlines = new List<CaseDeadline>(8);

        if (episode == 1)
        {
            AddTriageAndAllocation(deadlines, subject, timescales, counter, ended);
        }

        if (FirstAllocation(subject, episodeStart) is not { } allocatedAt)
        {
            return deadlines;
        }

        var assessment = subject.Assessment is { } current && current.StartedAt >= episodeStart ? current : null;
        var consentWithdrawn = subject.Consent == ConsentStatus.Withdrawn;
        var planRuns = subject.Plan is { IsActive: true };
        if (assessment?.CompletedAt is not null || (!ended && !consentWithdrawn))
        {
            deadlines.Add(counter.WorkingDays(
                DeadlineKind.Assessment, 1, allocatedAt,
                timescales.AssessmentAmberWorkingDays, timescales.AssessmentWorkingDays, timescales.AssessmentBreachWorkingDays,
                assessment?.CompletedAt));
        }

        if (assessment?.CompletedAt is { } completedAt)
        {
            AddTafDeadlines(deadlines, subject, timescales, counter, episodeStart, completedAt, !ended && planRuns);
        }

        if (assessment is not null)
        {
            AddReadings(deadlines, subject, timescales, counter, episodeStart, assessment.StartedAt, !ended && !consentWithdrawn);
        }

        if (subject.ClosureRequest is { } request && request.At >= episodeStart)
        {
            DateTimeOffset? signedOffAt = subject.ClosureSignOff is { } signOff && signOff.At >= request.At ? signOff.At : null;
            if (signedOffAt is not null || !ended)
            {
                deadlines.Add(counter.WorkingDays(
                    DeadlineKind.ClosureSignOff, 1, request.At, null, timescales.ClosureSignOffWorkingDays, timescales.ClosureSignOffWorkingDays, signedOffAt));
            }
        }

        return deadlines;
    }

    /// <summary>The episode's number (1 + the step-downs so far) and when it started (the latest step-down; the beginning of time for the first).</summary>
    private static (int Episode, DateTimeOffset Start) CurrentEpisode(Case subject)
    {
        var episode = 1;
        var start = DateTimeOffset.MinValue;
        var requests = subject.StepDownRequests;
        for (var i = 0; i < requests.Count; i++)
        {
            if (requests[i].SteppedDownAt is { } at)
            {
                episode++;
                if (at > start)
                {
                    start = at;
                }
            }
        }

        return (episode, start);
    }

    private static DateTimeOffset? FirstAllocation(Case subject, DateTimeOffset episodeStart)
    {
        var allocations = subject.LeadPractitioners;
        for (var i = 0; i < allocations.Count; i++)
        {
            if (allocations[i].From >= episodeStart)
            {
                return allocations[i].From;
            }
        }

        return null;
    }

    private static void AddTriageAndAllocation(List<CaseDeadline> deadlines, Case subject, Timescales timescales, Counter counter, bool ended)
    {
        var triage = subject.Triage;
        if (triage is null && ended)
        {
            return;
        }

        var enquiries = subject.Enquiries;
        var counted = enquiries[0];
        if (enquiries.Count > 1)
        {
            var countedDue = counter.DueOn(counted.ReceivedAt, TriageWorkingDays(timescales, counted));
            for (var i = 1; i < enquiries.Count; i++)
            {
                var enquiry = enquiries[i];
                if (triage is not null && enquiry.ReceivedAt > triage.At)
                {
                    continue;
                }

                var due = counter.DueOn(enquiry.ReceivedAt, TriageWorkingDays(timescales, enquiry));
                if (due < countedDue)
                {
                    (counted, countedDue) = (enquiry, due);
                }
            }
        }

        var days = TriageWorkingDays(timescales, counted);
        deadlines.Add(counter.WorkingDays(DeadlineKind.Triage, 1, counted.ReceivedAt, null, days, days, triage?.At));

        if (triage is { Fact.Outcome: TriageOutcome.EarlyHelp })
        {
            DateTimeOffset? allocatedAt = subject.LeadPractitioners.Count > 0 ? subject.LeadPractitioners[0].From : null;
            if (allocatedAt is not null || !ended)
            {
                deadlines.Add(counter.WorkingDays(
                    DeadlineKind.Allocation, 1, triage.At, null, timescales.AllocationWorkingDays, timescales.AllocationWorkingDays, allocatedAt));
            }
        }
    }

    private static int TriageWorkingDays(Timescales timescales, Enquiry enquiry) =>
        enquiry.Urgency == Urgency.Urgent ? timescales.UrgentTriageWorkingDays : timescales.TriageWorkingDays;

    private static void AddTafDeadlines(
        List<CaseDeadline> deadlines, Case subject, Timescales timescales, Counter counter, DateTimeOffset episodeStart, DateTimeOffset completedAt, bool keepOpen)
    {
        Recorded<TafMeetingHeld>? first = null;
        var meetings = subject.TafMeetings;
        for (var i = 0; i < meetings.Count; i++)
        {
            if (meetings[i].At >= episodeStart)
            {
                first = meetings[i];
                break;
            }
        }

        if (first is null)
        {
            if (keepOpen)
            {
                deadlines.Add(counter.WorkingDays(
                    DeadlineKind.FirstTaf, 1, completedAt, null, timescales.FirstTafWorkingDays, timescales.FirstTafWorkingDays, null));
            }

            return;
        }

        var anchorDay = first.Fact.HeldOn;
        var anchorAt = HeldAt(anchorDay, first.At);
        deadlines.Add(counter.WorkingDays(
            DeadlineKind.FirstTaf, 1, completedAt, null, timescales.FirstTafWorkingDays, timescales.FirstTafWorkingDays, anchorAt));

        var number = 0;
        var reviews = subject.Reviews;
        for (var i = 0; i < reviews.Count; i++)
        {
            var review = reviews[i];
            if (review.At < episodeStart)
            {
                continue;
            }

            var heldAt = HeldAt(review.Fact.HeldOn, review.At);
            deadlines.Add(counter.Weeks(DeadlineKind.Review, ++number, anchorAt, anchorDay, timescales.ReviewWeeks, heldAt));
            (anchorDay, anchorAt) = (review.Fact.HeldOn, heldAt);
        }

        if (keepOpen)
        {
            deadlines.Add(counter.Weeks(DeadlineKind.Review, number + 1, anchorAt, anchorDay, timescales.ReviewWeeks, null));
        }
    }

    private static void AddReadings(
        List<CaseDeadline> deadlines, Case subject, Timescales timescales, Counter counter, DateTimeOffset episodeStart, DateTimeOffset assessmentStartedAt, bool keepOpen)
    {
        var anchorAt = assessmentStartedAt;
        var weeks = timescales.FirstOutcomeReadingsWeeks;
        var number = 0;
        var readings = subject.OutcomeReadings;
        for (var i = 0; i < readings.Count; i++)
        {
            var readAt = readings[i].At;
            if (readAt < episodeStart)
            {
                continue;
            }

            deadlines.Add(counter.Weeks(DeadlineKind.OutcomeReadings, ++number, anchorAt, CouncilDays.DateOf(anchorAt), weeks, readAt));
            anchorAt = readAt;
            weeks = timescales.OutcomeReadingsWeeks;
        }

        if (keepOpen)
        {
            deadlines.Add(counter.Weeks(DeadlineKind.OutcomeReadings, number + 1, anchorAt, CouncilDays.DateOf(anchorAt), weeks, null));
        }
    }

    /// <summary>A meeting held on <paramref name="heldOn"/>: the instant it was recorded if recorded that day, otherwise the start of that day.</summary>
    private static DateTimeOffset HeldAt(DateOnly heldOn, DateTimeOffset recordedAt) =>
        CouncilDays.DateOf(recordedAt) == heldOn ? recordedAt : CouncilDays.StartOf(heldOn);

    /// <summary>Counts the days of one call to <see cref="For"/>: not shared between threads.</summary>
    private sealed class Counter(Guid caseId, int episode, int amberWorkingDaysBeforeDue, WorkingDayCalendar calendar)
    {
        private readonly DateOnly _firstCovered = new(calendar.CoversFrom, 1, 1);
        private readonly DateOnly _lastCovered = new(calendar.CoversTo, 12, 31);

        /// <summary>The first calendar problem met while computing the current deadline.</summary>
        private string? _problem;

        /// <summary>The due day of a count of working days from an instant's date, for comparing candidates.</summary>
        public DateOnly DueOn(DateTimeOffset startedAt, int days) => Add(CouncilDays.DateOf(startedAt), days);

        /// <summary>
        /// A deadline in working days from <paramref name="startedAt"/>'s date: due on day <paramref name="dueDays"/>,
        /// breached after day <paramref name="breachDays"/>, amber from day <paramref name="amberDays"/> or, when null,
        /// from the working day <see cref="Timescales.AmberWorkingDaysBeforeDue"/> before the due day.
        /// </summary>
        public CaseDeadline WorkingDays(DeadlineKind kind, int number, DateTimeOffset startedAt, int? amberDays, int dueDays, int breachDays, DateTimeOffset? metAt)
        {
            _problem = null;
            var start = CouncilDays.DateOf(startedAt);
            var dueOn = Add(start, dueDays);
            var breachOn = breachDays == dueDays ? dueOn : Add(start, breachDays);
            var amberOn = amberDays is { } amber ? Add(start, amber) : Add(dueOn, -amberWorkingDaysBeforeDue);
            return Make(kind, number, startedAt, amberOn, dueOn, breachOn, metAt);
        }

        /// <summary>A deadline <paramref name="weeks"/> calendar weeks from <paramref name="startDay"/>, breached after its due day.</summary>
        public CaseDeadline Weeks(DeadlineKind kind, int number, DateTimeOffset startedAt, DateOnly startDay, int weeks, DateTimeOffset? metAt)
        {
            _problem = null;
            var dueOn = calendar.AddCalendarWeeks(startDay, weeks);
            return Make(kind, number, startedAt, Add(dueOn, -amberWorkingDaysBeforeDue), dueOn, dueOn, metAt);
        }

        private CaseDeadline Make(DeadlineKind kind, int number, DateTimeOffset startedAt, DateOnly amberOn, DateOnly dueOn, DateOnly breachOn, DateTimeOffset? metAt)
        {
            var amberFrom = CouncilDays.StartOf(amberOn);
            var lateFrom = CouncilDays.StartOf(dueOn.AddDays(1));
            var breachedFrom = breachOn == dueOn ? lateFrom : CouncilDays.StartOf(breachOn.AddDays(1));
            return new CaseDeadline(
                caseId, kind, episode, number, startedAt, amberFrom < startedAt ? startedAt : amberFrom, dueOn, lateFrom, breachOn, breachedFrom,
                metAt, calendar.Version, _problem);
        }

        /// <summary>
        /// <see cref="WorkingDayCalendar.AddWorkingDays"/> when the calendar covers the count (checked first, in O(1), so
        /// a year of uncovered cases throws nothing); otherwise counts weekends only and notes the problem.
        /// </summary>
        private DateOnly Add(DateOnly start, int days)
        {
            if (days == 0)
            {
                return start;
            }

            if (Covers(start, days))
            {
                try
                {
                    return calendar.AddWorkingDays(start, days);
                }
                catch (CalendarCoverageException)
                {
                    // Covers should have seen it; should the calendar's rule change, report rather than crash the check.
                }
            }

            _problem ??= Problem(start, days);
            return AddWeekdays(start, days);
        }

        private bool Covers(DateOnly start, int days)
        {
            if (!calendar.Covers(start))
            {
                return false;
            }

            // WorkingDaysBetween counts as AddWorkingDays does: the start is day 0, so these are the counts that stay inside.
            return days > 0
                ? days <= calendar.WorkingDaysBetween(start, _lastCovered)
                : days >= calendar.WorkingDaysBetween(start, _firstCovered);
        }

        private string Problem(DateOnly start, int days)
        {
            var year = !calendar.Covers(start) ? start.Year : days > 0 ? calendar.CoversTo + 1 : calendar.CoversFrom - 1;
            var question = string.Create(CultureInfo.InvariantCulture, $"counting {days} working days from {start:yyyy-MM-dd}");
            var coverage = new CalendarCoverageException(year, calendar.CoversFrom, calendar.CoversTo, question);
            return coverage.Message + " Until then this deadline's dates are approximate: weekends are skipped, bank holidays and closure days are not.";
        }

        /// <summary>Counts Monday to Friday only, with the calendar's rule for the start (day 0, wherever it falls).</summary>
        private static DateOnly AddWeekdays(DateOnly start, int days)
        {
            var step = days > 0 ? 1 : -1;
            var date = start;
            for (var left = Math.Abs(days); left > 0;)
            {
                date = date.AddDays(step);
                if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    left--;
                }
            }

            return date;
        }
    }
}
