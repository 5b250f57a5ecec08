using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Deadlines;
using static EarlyHelp.Workflows.Tests.Deadlines.Journey;

namespace EarlyHelp.Workflows.Tests.Deadlines;

public class TriageAndAllocationDeadlineTests
{
    private static readonly DateTimeOffset MondayMorning = Uk(2025, 12, 15);

    [Fact]
    public void An_enquiry_received_on_Monday_15_December_2025_is_due_for_triage_on_Thursday_18_December()
    {
        var triage = Opened(MondayMorning).Deadline(DeadlineKind.Triage);

        Assert.Equal(new DateOnly(2025, 12, 18), triage.DueOn);
        Assert.Equal(MondayMorning, triage.StartedAt);
    }

    [Fact]
    public void An_urgent_enquiry_received_on_Monday_15_December_2025_is_due_for_triage_on_Tuesday_16_December()
    {
        var triage = Opened(MondayMorning, Urgency.Urgent).Deadline(DeadlineKind.Triage);

        Assert.Equal(new DateOnly(2025, 12, 16), triage.DueOn);
    }

    [Fact]
    public void A_working_day_deadline_ends_at_midnight_UK_time_after_its_due_day()
    {
        var triage = Opened(MondayMorning).Deadline(DeadlineKind.Triage);

        Assert.Equal(new DateTimeOffset(2025, 12, 19, 0, 0, 0, TimeSpan.Zero), triage.LateFrom);
        Assert.Equal(triage.LateFrom, triage.BreachedFrom);
    }

    [Fact]
    public void In_summer_a_due_day_ends_at_midnight_British_Summer_Time()
    {
        var triage = Opened(Uk(2026, 6, 15)).Deadline(DeadlineKind.Triage);

        Assert.Equal(new DateTimeOffset(2026, 6, 18, 23, 0, 0, TimeSpan.Zero), triage.LateFrom);
    }

    [Fact]
    public void An_enquiry_received_just_after_midnight_in_summer_counts_from_that_UK_day_not_the_UTC_one()
    {
        var triage = Opened(new DateTimeOffset(2026, 6, 14, 23, 30, 0, TimeSpan.Zero)).Deadline(DeadlineKind.Triage);

        Assert.Equal(new DateOnly(2026, 6, 18), triage.DueOn);
    }

    [Fact]
    public void Triage_is_amber_from_the_start_of_the_working_day_before_it_is_due()
    {
        var triage = Opened(MondayMorning).Deadline(DeadlineKind.Triage);

        Assert.Equal(StartOf(2025, 12, 17), triage.AmberFrom);
    }

    [Fact]
    public void An_urgent_enquiry_is_amber_from_the_moment_it_is_received()
    {
        var triage = Opened(MondayMorning, Urgency.Urgent).Deadline(DeadlineKind.Triage);

        Assert.Equal(MondayMorning, triage.AmberFrom);
    }

    [Fact]
    public void An_undecided_enquiry_has_only_its_open_triage_deadline()
    {
        var deadlines = Opened(MondayMorning).Deadlines();

        var triage = Assert.Single(deadlines);
        Assert.Equal(DeadlineKind.Triage, triage.Kind);
        Assert.True(triage.IsOpen);
    }

    [Fact]
    public void An_urgent_enquiry_added_before_triage_brings_the_triage_deadline_forward()
    {
        var triage = Opened(MondayMorning).EnquiryAdded(Uk(2025, 12, 16, 9), Urgency.Urgent).Deadline(DeadlineKind.Triage);

        Assert.Equal(new DateOnly(2025, 12, 17), triage.DueOn);
        Assert.Equal(Uk(2025, 12, 16, 9), triage.StartedAt);
    }

    [Fact]
    public void An_enquiry_added_after_the_triage_decision_starts_no_triage_deadline()
    {
        var triage = Opened(MondayMorning).Triaged(Uk(2025, 12, 16)).EnquiryAdded(Uk(2025, 12, 17), Urgency.Urgent).Deadline(DeadlineKind.Triage);

        Assert.Equal(MondayMorning, triage.StartedAt);
    }

    [Fact]
    public void The_triage_decision_meets_the_triage_deadline()
    {
        var triage = Opened(MondayMorning).Triaged(Uk(2025, 12, 17)).Deadline(DeadlineKind.Triage);

        Assert.Equal(Uk(2025, 12, 17), triage.MetAt);
    }

    [Fact]
    public void A_case_closed_at_triage_has_only_its_met_triage_deadline()
    {
        var deadlines = Opened(MondayMorning).Triaged(Uk(2025, 12, 17), TriageOutcome.Signpost).Deadlines();

        var triage = Assert.Single(deadlines);
        Assert.Equal(DeadlineStatus.Met, triage.StatusAt(Uk(2026, 1, 5)));
    }

    [Fact]
    public void A_case_referred_to_social_care_at_triage_has_only_its_met_triage_deadline()
    {
        var deadlines = Opened(MondayMorning).Triaged(Uk(2025, 12, 17), TriageOutcome.ReferToSocialCare).Deadlines();

        Assert.Equal(DeadlineKind.Triage, Assert.Single(deadlines).Kind);
    }

    [Fact]
    public void A_case_stepped_up_before_triage_has_no_deadlines()
    {
        var deadlines = Opened(MondayMorning).SteppedUp(Uk(2025, 12, 15, 11)).Deadlines();

        Assert.Empty(deadlines);
    }

    [Fact]
    public void Allocation_decided_on_Christmas_Eve_2025_is_due_on_Monday_5_January_2026_past_Christmas_and_New_Year()
    {
        var allocation = Opened(Uk(2025, 12, 22)).Triaged(Uk(2025, 12, 24, 11)).Deadline(DeadlineKind.Allocation);

        Assert.Equal(new DateOnly(2026, 1, 5), allocation.DueOn);
        Assert.Equal(Uk(2025, 12, 24, 11), allocation.StartedAt);
        Assert.Equal(StartOf(2026, 1, 2), allocation.AmberFrom);
    }

    [Fact]
    public void The_first_lead_practitioner_allocated_meets_the_allocation_deadline()
    {
        var allocation = Opened(Uk(2025, 12, 22)).Triaged(Uk(2025, 12, 24, 11)).Allocated(Uk(2026, 1, 2)).Allocated(Uk(2026, 1, 9), "lead-practitioner-2")
            .Deadline(DeadlineKind.Allocation);

        Assert.Equal(Uk(2026, 1, 2), allocation.MetAt);
    }
}
