using EarlyHelp.Workflows.Deadlines;
using static EarlyHelp.Workflows.Tests.Deadlines.Journey;

namespace EarlyHelp.Workflows.Tests.Deadlines;

/// <summary>A case allocated on 23 March 2026, assessed from 30 March to 22 April, first TAF meeting on Monday 11 May.</summary>
public class ReviewAndReadingDeadlineTests
{
    private static Journey InAssessment() => AllocatedAt(Uk(2026, 3, 23)).AssessmentStarted(Uk(2026, 3, 30));

    private static Journey AfterFirstTaf() => InAssessment().AssessmentCompleted(Uk(2026, 4, 22)).TafMeetingHeld(Uk(2026, 5, 11));

    [Fact]
    public void The_first_review_is_due_six_calendar_weeks_after_the_first_TAF_meeting()
    {
        var review = AfterFirstTaf().Deadline(DeadlineKind.Review);

        Assert.Equal(new DateOnly(2026, 6, 22), review.DueOn);
        Assert.Equal(Uk(2026, 5, 11), review.StartedAt);
    }

    [Fact]
    public void The_next_review_is_due_six_calendar_weeks_after_the_last_review()
    {
        var review = AfterFirstTaf().Reviewed(Uk(2026, 6, 17)).Deadline(DeadlineKind.Review, 2);

        Assert.Equal(new DateOnly(2026, 7, 29), review.DueOn);
        Assert.True(review.IsOpen);
    }

    [Fact]
    public void A_review_held_meets_the_review_deadline_it_was_due_for()
    {
        var review = AfterFirstTaf().Reviewed(Uk(2026, 6, 17)).Deadline(DeadlineKind.Review, 1);

        Assert.Equal(Uk(2026, 6, 17), review.MetAt);
    }

    [Fact]
    public void Only_one_review_deadline_is_open_at_a_time()
    {
        var deadlines = AfterFirstTaf().Reviewed(Uk(2026, 6, 17)).Reviewed(Uk(2026, 7, 27)).Deadlines();

        var open = Assert.Single(deadlines, d => d.Kind == DeadlineKind.Review && d.IsOpen);
        Assert.Equal(3, open.Number);
        Assert.Equal(2, deadlines.Count(d => d.Kind == DeadlineKind.Review && !d.IsOpen));
    }

    [Fact]
    public void A_review_recorded_after_the_day_it_was_held_meets_its_deadline_on_the_day_held()
    {
        var review = AfterFirstTaf().Reviewed(Uk(2026, 6, 22), recordedAt: Uk(2026, 6, 24)).Deadline(DeadlineKind.Review);

        Assert.Equal(StartOf(2026, 6, 22), review.MetAt);
        Assert.Equal(DeadlineStatus.Met, review.StatusAt(Uk(2026, 6, 24)));
    }

    [Fact]
    public void A_further_TAF_meeting_is_not_a_review()
    {
        var review = AfterFirstTaf().TafMeetingHeld(Uk(2026, 6, 1)).Deadline(DeadlineKind.Review);

        Assert.True(review.IsOpen);
        Assert.Equal(new DateOnly(2026, 6, 22), review.DueOn);
    }

    [Fact]
    public void The_first_outcome_readings_are_due_four_weeks_after_the_assessment_starts()
    {
        var readings = InAssessment().Deadline(DeadlineKind.OutcomeReadings);

        Assert.Equal(new DateOnly(2026, 4, 27), readings.DueOn);
        Assert.Equal(Uk(2026, 3, 30), readings.StartedAt);
    }

    [Fact]
    public void Later_outcome_readings_are_due_twelve_weeks_after_the_last_readings()
    {
        var readings = InAssessment().OutcomeReadingsTaken(Uk(2026, 4, 24)).Deadline(DeadlineKind.OutcomeReadings, 2);

        Assert.Equal(new DateOnly(2026, 7, 17), readings.DueOn);
        Assert.Equal(Uk(2026, 4, 24), readings.StartedAt);
    }

    [Fact]
    public void Readings_taken_meet_the_readings_deadline_they_were_due_for()
    {
        var readings = InAssessment().OutcomeReadingsTaken(Uk(2026, 4, 24)).Deadline(DeadlineKind.OutcomeReadings, 1);

        Assert.Equal(DeadlineStatus.Met, readings.StatusAt(Uk(2026, 5, 1)));
    }

    [Fact]
    public void No_readings_deadline_starts_before_the_assessment()
    {
        var deadlines = AllocatedAt(Uk(2026, 3, 23)).Deadlines();

        Assert.DoesNotContain(deadlines, d => d.Kind == DeadlineKind.OutcomeReadings);
    }
}
