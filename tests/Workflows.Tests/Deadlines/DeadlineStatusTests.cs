using EarlyHelp.Workflows.Deadlines;
using static EarlyHelp.Workflows.Tests.Deadlines.Journey;

namespace EarlyHelp.Workflows.Tests.Deadlines;

/// <summary>The triage of an enquiry received on Monday 15 December 2025 (amber from Wednesday 17, due Thursday 18) and an assessment allocated on 23 March 2026.</summary>
public class DeadlineStatusTests
{
    private static readonly DateTimeOffset MondayMorning = Uk(2025, 12, 15);

    [Fact]
    public void An_open_deadline_before_its_amber_day_is_on_track()
    {
        var triage = Opened(MondayMorning).Deadline(DeadlineKind.Triage);

        Assert.Equal(DeadlineStatus.OnTrack, triage.StatusAt(Uk(2025, 12, 16, 23, 59)));
    }

    [Fact]
    public void An_open_deadline_is_amber_from_the_start_of_its_amber_day()
    {
        var triage = Opened(MondayMorning).Deadline(DeadlineKind.Triage);

        Assert.Equal(DeadlineStatus.Amber, triage.StatusAt(StartOf(2025, 12, 17)));
    }

    [Fact]
    public void An_open_deadline_is_still_amber_at_the_last_minute_of_its_due_day()
    {
        var triage = Opened(MondayMorning).Deadline(DeadlineKind.Triage);

        Assert.Equal(DeadlineStatus.Amber, triage.StatusAt(Uk(2025, 12, 18, 23, 59)));
    }

    [Fact]
    public void An_open_deadline_is_breached_once_its_due_day_has_ended()
    {
        var triage = Opened(MondayMorning).Deadline(DeadlineKind.Triage);

        Assert.Equal(DeadlineStatus.Breached, triage.StatusAt(StartOf(2025, 12, 19)));
    }

    [Fact]
    public void A_deadline_met_late_in_the_evening_of_its_due_day_is_met()
    {
        var triage = Opened(MondayMorning).Triaged(Uk(2025, 12, 18, 23, 30)).Deadline(DeadlineKind.Triage);

        Assert.Equal(DeadlineStatus.Met, triage.StatusAt(Uk(2026, 1, 5)));
    }

    [Fact]
    public void A_deadline_met_the_day_after_its_due_day_is_met_late()
    {
        var triage = Opened(MondayMorning).Triaged(Uk(2025, 12, 19, 9)).Deadline(DeadlineKind.Triage);

        Assert.Equal(DeadlineStatus.MetLate, triage.StatusAt(Uk(2026, 1, 5)));
    }

    [Fact]
    public void Asked_about_an_instant_before_it_was_met_a_deadline_has_the_status_it_had_then()
    {
        var triage = Opened(MondayMorning).Triaged(Uk(2025, 12, 19, 9)).Deadline(DeadlineKind.Triage);

        Assert.Equal(DeadlineStatus.Breached, triage.StatusAt(Uk(2025, 12, 19, 8)));
    }

    [Fact]
    public void An_assessment_past_its_due_day_but_not_its_breach_point_is_amber()
    {
        var assessment = AllocatedAt(Uk(2026, 3, 23)).Deadline(DeadlineKind.Assessment);

        Assert.Equal(DeadlineStatus.Amber, assessment.StatusAt(Uk(2026, 5, 6)));
    }

    [Fact]
    public void An_assessment_is_breached_once_its_thirty_fifth_working_day_has_ended()
    {
        var assessment = AllocatedAt(Uk(2026, 3, 23)).Deadline(DeadlineKind.Assessment);

        Assert.Equal(DeadlineStatus.Breached, assessment.StatusAt(StartOf(2026, 5, 15)));
    }

    [Fact]
    public void An_assessment_completed_between_its_due_day_and_its_breach_point_is_met_late()
    {
        var assessment = AllocatedAt(Uk(2026, 3, 23)).AssessmentStarted(Uk(2026, 3, 25)).AssessmentCompleted(Uk(2026, 5, 7))
            .Deadline(DeadlineKind.Assessment);

        Assert.Equal(DeadlineStatus.MetLate, assessment.StatusAt(Uk(2026, 6, 1)));
    }
}
