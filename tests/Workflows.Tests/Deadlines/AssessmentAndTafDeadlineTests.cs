using EarlyHelp.Workflows.Deadlines;
using static EarlyHelp.Workflows.Tests.Deadlines.Journey;

namespace EarlyHelp.Workflows.Tests.Deadlines;

public class AssessmentAndTafDeadlineTests
{
    /// <summary>Monday 23 March 2026: 20 working days later runs over Good Friday (3 April) and Easter Monday (6 April).</summary>
    private static readonly DateTimeOffset AllocatedBeforeEaster = Uk(2026, 3, 23);

    [Fact]
    public void An_assessment_allocated_on_23_March_2026_is_due_on_22_April_past_Easter()
    {
        var assessment = AllocatedAt(AllocatedBeforeEaster).Deadline(DeadlineKind.Assessment);

        Assert.Equal(new DateOnly(2026, 4, 22), assessment.DueOn);
        Assert.Equal(AllocatedBeforeEaster, assessment.StartedAt);
    }

    [Fact]
    public void An_assessment_is_amber_from_the_start_of_its_fifteenth_working_day()
    {
        var assessment = AllocatedAt(AllocatedBeforeEaster).Deadline(DeadlineKind.Assessment);

        Assert.Equal(StartOf(2026, 4, 15), assessment.AmberFrom);
    }

    [Fact]
    public void An_assessment_is_breached_after_its_thirty_fifth_working_day_past_the_early_May_bank_holiday()
    {
        var assessment = AllocatedAt(AllocatedBeforeEaster).Deadline(DeadlineKind.Assessment);

        Assert.Equal(new DateOnly(2026, 5, 14), assessment.BreachOn);
        Assert.Equal(StartOf(2026, 5, 15), assessment.BreachedFrom);
    }

    [Fact]
    public void The_assessment_deadline_starts_at_the_first_allocation_and_a_reallocation_does_not_restart_it()
    {
        var assessment = AllocatedAt(AllocatedBeforeEaster).Allocated(Uk(2026, 3, 30), "lead-practitioner-2").Deadline(DeadlineKind.Assessment);

        Assert.Equal(AllocatedBeforeEaster, assessment.StartedAt);
    }

    [Fact]
    public void The_assessment_completed_with_a_plan_meets_the_assessment_deadline()
    {
        var assessment = AllocatedAt(AllocatedBeforeEaster).AssessmentStarted(Uk(2026, 3, 25)).AssessmentCompleted(Uk(2026, 4, 21))
            .Deadline(DeadlineKind.Assessment);

        Assert.Equal(Uk(2026, 4, 21), assessment.MetAt);
    }

    [Fact]
    public void The_first_TAF_meeting_is_due_15_working_days_after_the_assessment_is_completed()
    {
        var firstTaf = AllocatedAt(AllocatedBeforeEaster).AssessmentStarted(Uk(2026, 3, 25)).AssessmentCompleted(Uk(2026, 4, 22))
            .Deadline(DeadlineKind.FirstTaf);

        Assert.Equal(new DateOnly(2026, 5, 14), firstTaf.DueOn);
        Assert.Equal(Uk(2026, 4, 22), firstTaf.StartedAt);
    }

    [Fact]
    public void The_first_TAF_meeting_meets_the_first_TAF_deadline()
    {
        var firstTaf = AllocatedAt(AllocatedBeforeEaster).AssessmentStarted(Uk(2026, 3, 25)).AssessmentCompleted(Uk(2026, 4, 22))
            .TafMeetingHeld(Uk(2026, 5, 11)).Deadline(DeadlineKind.FirstTaf);

        Assert.Equal(Uk(2026, 5, 11), firstTaf.MetAt);
    }

    [Fact]
    public void No_first_TAF_deadline_starts_before_the_assessment_is_completed()
    {
        var deadlines = AllocatedAt(AllocatedBeforeEaster).AssessmentStarted(Uk(2026, 3, 25)).Deadlines();

        Assert.DoesNotContain(deadlines, d => d.Kind == DeadlineKind.FirstTaf);
    }
}
