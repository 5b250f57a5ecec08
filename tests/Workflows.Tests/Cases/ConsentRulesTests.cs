using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>No assessment without recorded consent and exactly one current lead practitioner; withdrawing consent ends the plan.</summary>
public class ConsentRulesTests
{
    [Fact]
    public void Assessment_without_consent_is_refused()
    {
        var journey = CaseBuilder.Opened().Triaged().WithLeadPractitioner();

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "consent is not recorded",
            c => c.StartAssessment(new AssessmentStarted(null), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void Assessment_without_a_lead_practitioner_is_refused()
    {
        var journey = CaseBuilder.Opened().Triaged().WithConsent();

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "no lead practitioner",
            c => c.StartAssessment(new AssessmentStarted(null), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void Assessment_with_consent_and_one_lead_practitioner_starts()
    {
        var journey = CaseBuilder.Opened().Triaged().WithLeadPractitioner().WithConsent();
        var at = journey.Clock.Next();

        CaseAssert.Accepted(journey.Case, c => c.StartAssessment(new AssessmentStarted(null), Actors.LeadPractitioner, at));

        Assert.Equal(CaseState.Assessment, journey.Case.State);
        Assert.Equal(at, journey.Case.Assessment?.StartedAt);
    }

    [Fact]
    public void Assessment_after_consent_is_withdrawn_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.Allocation).ConsentWithdrawn();

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "withdrew consent",
            c => c.StartAssessment(new AssessmentStarted(null), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void Partial_consent_without_saying_what_it_covers_is_refused()
    {
        var journey = CaseBuilder.Opened().Triaged();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "what the partial consent covers",
            c => c.RecordConsent(new ConsentRecorded(ConsentStatus.Partial, ConsentGiver.Parent, " "), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void Partial_consent_saying_what_it_covers_lets_the_assessment_start()
    {
        var journey = CaseBuilder.Opened().Triaged().WithLeadPractitioner();
        journey.Accept(CaseTrigger.RecordConsent, new ConsentRecorded(ConsentStatus.Partial, ConsentGiver.CompetentYoungPerson, "No sharing with the GP."));

        CaseAssert.Accepted(journey.Case, c => c.StartAssessment(new AssessmentStarted(null), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void Recording_a_withdrawal_as_consent_is_refused()
    {
        var journey = CaseBuilder.Opened().Triaged();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "withdrawal is recorded on its own",
            c => c.RecordConsent(new ConsentRecorded(ConsentStatus.Withdrawn, ConsentGiver.Parent, null), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void Withdrawing_consent_that_was_never_given_is_refused()
    {
        var journey = CaseBuilder.Opened().Triaged();

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "no consent to withdraw",
            c => c.WithdrawConsent(new ConsentWithdrawn(ConsentGiver.Parent, null), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void Reallocating_ends_the_previous_allocation_so_exactly_one_is_current()
    {
        var journey = CaseBuilder.In(CaseState.Assessment);
        var at = journey.Clock.Next();

        CaseAssert.Accepted(journey.Case, c => c.AllocateLeadPractitioner(SampleFacts.Allocation("lead-practitioner-2"), Actors.TeamManager, at));

        var current = Assert.Single(journey.Case.CurrentLeadPractitioners);
        Assert.Equal("lead-practitioner-2", current.PractitionerId);
        var previous = journey.Case.LeadPractitioners.Single(a => a.PractitionerId == CaseBuilder.FirstLeadPractitioner);
        Assert.Equal(at, previous.Until);
    }

    [Fact]
    public void Allocating_the_current_lead_practitioner_again_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.Assessment);

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "already the lead practitioner",
            c => c.AllocateLeadPractitioner(SampleFacts.Allocation(CaseBuilder.FirstLeadPractitioner), Actors.TeamManager, journey.Clock.Next()));
    }

    [Fact]
    public void Withdrawing_consent_ends_the_family_plan()
    {
        var journey = CaseBuilder.In(CaseState.Review);
        var at = journey.Clock.Next();

        CaseAssert.Accepted(journey.Case, c => c.WithdrawConsent(new ConsentWithdrawn(ConsentGiver.Parent, null), Actors.LeadPractitioner, at));

        var plan = journey.Case.Plan!;
        Assert.False(plan.IsActive);
        Assert.Equal(at, plan.EndedAt);
        Assert.Contains("consent", plan.EndedBecause, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ConsentStatus.Withdrawn, journey.Case.Consent);
    }

    [Theory]
    [InlineData(CaseTrigger.HoldTafMeeting)]
    [InlineData(CaseTrigger.RecordReview)]
    [InlineData(CaseTrigger.UpdateFamilyPlan)]
    public void After_consent_is_withdrawn_the_plan_work_is_refused(CaseTrigger trigger)
    {
        var journey = CaseBuilder.In(CaseState.Review).ConsentWithdrawn();

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "plan has ended (consent withdrawn)",
            c => c.Fire(trigger, SampleFacts.For(trigger, c), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void After_consent_is_withdrawn_the_case_can_still_be_closed_for_that_reason()
    {
        var journey = CaseBuilder.In(CaseState.Review).ConsentWithdrawn();

        journey.Accept(CaseTrigger.RequestClosure, SampleFacts.ClosureRequest(ClosureReason.ConsentWithdrawn));
        CaseAssert.Accepted(journey.Case, c => c.SignOffClosure(new ClosureSignedOff(null), Actors.TeamManager, journey.Clock.Next()));

        Assert.Equal(CaseState.Closed, journey.Case.State);
        Assert.Equal(ClosureReason.ConsentWithdrawn, journey.Case.EndReason);
    }
}
