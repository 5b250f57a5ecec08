using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Deadlines;
using static EarlyHelp.Workflows.Tests.Deadlines.Journey;

namespace EarlyHelp.Workflows.Tests.Deadlines;

public class DeadlineTimescaleAndCalendarTests
{
    private static readonly DateTimeOffset MondayMorning = Uk(2025, 12, 15);

    [Fact]
    public void The_default_timescales_are_those_of_the_design()
    {
        var defaults = Timescales.Default;

        Assert.Equal(
            [3, 1, 5, 15, 20, 35, 15, 6, 4, 12, 5, 1],
            [defaults.TriageWorkingDays, defaults.UrgentTriageWorkingDays, defaults.AllocationWorkingDays,
             defaults.AssessmentAmberWorkingDays, defaults.AssessmentWorkingDays, defaults.AssessmentBreachWorkingDays,
             defaults.FirstTafWorkingDays, defaults.ReviewWeeks, defaults.FirstOutcomeReadingsWeeks, defaults.OutcomeReadingsWeeks,
             defaults.ClosureSignOffWorkingDays, defaults.AmberWorkingDaysBeforeDue]);
    }

    [Fact]
    public void An_overridden_timescale_moves_the_due_day()
    {
        var triage = Opened(MondayMorning).Deadline(DeadlineKind.Triage, timescales: Timescales.Default with { TriageWorkingDays = 2 });

        Assert.Equal(new DateOnly(2025, 12, 17), triage.DueOn);
    }

    [Fact]
    public void With_no_amber_working_days_a_deadline_is_amber_on_its_due_day_only()
    {
        var triage = Opened(MondayMorning).Deadline(DeadlineKind.Triage, timescales: Timescales.Default with { AmberWorkingDaysBeforeDue = 0 });

        Assert.Equal(StartOf(2025, 12, 18), triage.AmberFrom);
    }

    [Fact]
    public void Timescales_whose_assessment_points_are_out_of_order_are_refused_with_a_reason()
    {
        var problems = (Timescales.Default with { AssessmentBreachWorkingDays = 10 }).Validate();

        Assert.Equal(["AssessmentBreachWorkingDays (10) must not be before AssessmentWorkingDays (20)"], problems);
    }

    [Fact]
    public void Deadlines_are_not_computed_with_timescales_that_do_not_validate()
    {
        var journey = Opened(MondayMorning);

        var refusal = Assert.Throws<ArgumentException>(() => CaseDeadlines.For(journey.Case, Timescales.Default with { ReviewWeeks = 0 }, Calendars.EnglandAndWales));

        Assert.Contains("ReviewWeeks must be 1 or more weeks, not 0", refusal.Message);
    }

    [Fact]
    public void Every_deadline_records_the_version_of_the_calendar_it_was_computed_with()
    {
        var deadlines = AllocatedAt(Uk(2026, 3, 23)).AssessmentStarted(Uk(2026, 3, 30)).Deadlines();

        Assert.All(deadlines, d => Assert.Equal(Calendars.EnglandAndWales.Version, d.CalendarVersion));
    }

    [Fact]
    public void A_council_closure_day_moves_the_due_day_and_the_calendar_version()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales([new CouncilClosureDay(new DateOnly(2025, 12, 16), "Staff training day")]);

        var triage = Assert.Single(CaseDeadlines.For(Opened(MondayMorning).Case, Timescales.Default, calendar));

        Assert.Equal(new DateOnly(2025, 12, 19), triage.DueOn);
        Assert.Equal(calendar.Version, triage.CalendarVersion);
        Assert.NotEqual(Calendars.EnglandAndWales.Version, triage.CalendarVersion);
    }

    [Fact]
    public void A_deadline_counted_into_2028_is_reported_with_approximate_dates_rather_than_thrown()
    {
        var triage = Opened(Uk(2027, 12, 30)).Deadline(DeadlineKind.Triage);

        Assert.Contains("no bank holidays for 2028 (counting 3 working days from 2027-12-30)", triage.CalendarProblem);
        Assert.Equal(new DateOnly(2028, 1, 4), triage.DueOn);
    }

    [Fact]
    public void A_deadline_counted_from_a_day_after_the_covered_years_is_reported_too()
    {
        var triage = Opened(Uk(2028, 3, 1)).Deadline(DeadlineKind.Triage);

        Assert.Contains("no bank holidays for 2028", triage.CalendarProblem);
        Assert.Equal(new DateOnly(2028, 3, 6), triage.DueOn);
    }

    [Fact]
    public void A_deadline_the_calendar_covers_has_no_calendar_problem()
    {
        var triage = Opened(MondayMorning).Deadline(DeadlineKind.Triage);

        Assert.Null(triage.CalendarProblem);
    }
}
