using EarlyHelp.Workflows.Deadlines;
using static EarlyHelp.Workflows.Tests.Deadlines.Journey;

namespace EarlyHelp.Workflows.Tests.Deadlines;

public class EndedCaseDeadlineTests
{
    /// <summary>A case in review: allocated 23 March 2026, first TAF meeting 11 May, reviewed 17 June.</summary>
    private static Journey InReview() =>
        AllocatedAt(Uk(2026, 3, 23)).AssessmentStarted(Uk(2026, 3, 30)).AssessmentCompleted(Uk(2026, 4, 22))
            .TafMeetingHeld(Uk(2026, 5, 11)).Reviewed(Uk(2026, 6, 17));

    [Fact]
    public void Closure_sign_off_is_due_five_working_days_after_the_closure_request()
    {
        var signOff = InReview().ClosureRequested(Uk(2026, 7, 1)).Deadline(DeadlineKind.ClosureSignOff);

        Assert.Equal(new DateOnly(2026, 7, 8), signOff.DueOn);
        Assert.Equal(Uk(2026, 7, 1), signOff.StartedAt);
    }

    [Fact]
    public void A_manager_signing_off_the_closure_meets_the_sign_off_deadline()
    {
        var signOff = InReview().ClosureRequested(Uk(2026, 7, 1)).ClosureSignedOff(Uk(2026, 7, 3)).Deadline(DeadlineKind.ClosureSignOff);

        Assert.Equal(DeadlineStatus.Met, signOff.StatusAt(Uk(2026, 7, 3)));
    }

    [Fact]
    public void A_closed_case_has_no_open_deadlines()
    {
        var deadlines = InReview().ClosureRequested(Uk(2026, 7, 1)).ClosureSignedOff(Uk(2026, 7, 3)).Deadlines();

        Assert.All(deadlines, d => Assert.False(d.IsOpen));
        Assert.Contains(deadlines, d => d.Kind == DeadlineKind.ClosureSignOff);
    }

    [Fact]
    public void Nothing_is_open_after_a_step_up_and_what_was_met_stays()
    {
        var deadlines = InReview().SteppedUp(Uk(2026, 7, 1)).Deadlines();

        Assert.All(deadlines, d => Assert.False(d.IsOpen));
        Assert.Equal(
            [DeadlineKind.Triage, DeadlineKind.Allocation, DeadlineKind.Assessment, DeadlineKind.FirstTaf, DeadlineKind.Review],
            deadlines.Select(d => d.Kind));
    }

    [Fact]
    public void While_consent_is_withdrawn_the_open_assessment_deadline_is_left_out()
    {
        var deadlines = AllocatedAt(Uk(2026, 3, 23)).AssessmentStarted(Uk(2026, 3, 30)).ConsentWithdrawn(Uk(2026, 4, 2)).Deadlines();

        Assert.DoesNotContain(deadlines, d => d.Kind is DeadlineKind.Assessment or DeadlineKind.OutcomeReadings);
    }

    [Fact]
    public void Once_the_plan_has_ended_the_open_review_deadline_is_left_out()
    {
        var deadlines = InReview().ConsentWithdrawn(Uk(2026, 7, 1)).Deadlines();

        Assert.DoesNotContain(deadlines, d => d.Kind == DeadlineKind.Review && d.IsOpen);
    }

    [Fact]
    public void A_case_stepped_down_counts_its_assessment_from_the_step_down_in_a_new_episode()
    {
        var deadlines = InReview().SteppedUp(Uk(2026, 7, 1)).SteppedDown(Uk(2026, 9, 7)).Deadlines();

        var assessment = Assert.Single(deadlines);
        Assert.Equal(DeadlineKind.Assessment, assessment.Kind);
        Assert.Equal(2, assessment.Episode);
        Assert.Equal(Uk(2026, 9, 7), assessment.StartedAt);
    }
}
