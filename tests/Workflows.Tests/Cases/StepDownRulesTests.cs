using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>A step-down needs the panel's acceptance, the family's consent and a named lead practitioner.</summary>
public class StepDownRulesTests
{
    private static readonly Guid FirstRequest = SampleFacts.RequestId(1);

    [Fact]
    public void Step_down_without_a_panel_decision_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.SteppedUp).StepDownRequested().WithConsent();

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "panel has not accepted",
            c => c.StepDown(SampleFacts.StepDown(FirstRequest), Actors.SocialWorker, journey.Clock.Next()));
    }

    [Theory]
    [InlineData(PanelOutcome.Decline)]
    [InlineData(PanelOutcome.RecommendToPartner)]
    public void Step_down_after_the_panel_did_not_accept_is_refused(PanelOutcome outcome)
    {
        var journey = CaseBuilder.In(CaseState.SteppedUp).StepDownRequested().PanelDecided(outcome).WithConsent();

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "panel has not accepted",
            c => c.StepDown(SampleFacts.StepDown(FirstRequest), Actors.SocialWorker, journey.Clock.Next()));
    }

    [Fact]
    public void Step_down_without_consent_is_refused()
    {
        var journey = CaseBuilder.Opened().SteppedUp().StepDownRequested().PanelDecided();

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "consent is not recorded",
            c => c.StepDown(SampleFacts.StepDown(FirstRequest), Actors.SocialWorker, journey.Clock.Next()));
    }

    [Fact]
    public void Step_down_without_a_named_lead_practitioner_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.SteppedUp).StepDownRequested().PanelDecided().WithConsent();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "named lead practitioner",
            c => c.StepDown(SampleFacts.StepDown(FirstRequest, leadPractitionerId: ""), Actors.SocialWorker, journey.Clock.Next()));
    }

    [Fact]
    public void Step_down_on_another_request_than_the_accepted_one_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.SteppedUp).StepDownRequested().PanelDecided().WithConsent();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "not for the request the panel accepted",
            c => c.StepDown(SampleFacts.StepDown(SampleFacts.RequestId(2)), Actors.SocialWorker, journey.Clock.Next()));
    }

    [Fact]
    public void Step_down_with_the_panel_acceptance_consent_and_a_named_lead_practitioner_moves_to_SteppedDown_and_allocates_them()
    {
        var journey = CaseBuilder.In(CaseState.SteppedUp).StepDownRequested().PanelDecided().WithConsent();
        var at = journey.Clock.Next();

        CaseAssert.Accepted(journey.Case, c => c.StepDown(SampleFacts.StepDown(FirstRequest, "lead-practitioner-7"), Actors.SocialWorker, at));

        var subject = journey.Case;
        Assert.Equal(CaseState.SteppedDown, subject.State);
        var allocation = Assert.Single(subject.CurrentLeadPractitioners);
        Assert.Equal(("lead-practitioner-7", at), (allocation.PractitionerId, allocation.From));
        Assert.Equal(at, Assert.Single(subject.StepDownRequests).SteppedDownAt);
        Assert.Null(subject.EndReason);
        Assert.Null(subject.EndedAt);
    }

    [Fact]
    public void A_second_step_down_request_while_one_waits_for_the_panel_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.SteppedUp).StepDownRequested();

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "already with the panel",
            c => c.RequestStepDown(SampleFacts.StepDownRequest(SampleFacts.RequestId(2)), Actors.SocialWorker, journey.Clock.Next()));
    }

    [Fact]
    public void A_new_step_down_request_after_the_panel_declined_is_accepted()
    {
        var journey = CaseBuilder.In(CaseState.SteppedUp).StepDownRequested().PanelDecided(PanelOutcome.Decline);

        CaseAssert.Accepted(journey.Case, c => c.RequestStepDown(SampleFacts.StepDownRequest(SampleFacts.RequestId(2)), Actors.SocialWorker, journey.Clock.Next()));
    }

    [Fact]
    public void A_panel_decision_with_no_request_waiting_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.SteppedUp);

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "no step-down request is waiting",
            c => c.RecordPanelDecision(SampleFacts.PanelDecision(FirstRequest, PanelOutcome.AcceptToLocality), Actors.PanelChair, journey.Clock.Next()));
    }

    [Fact]
    public void A_panel_decision_on_a_request_that_is_not_waiting_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.SteppedUp).StepDownRequested();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "not for the request waiting",
            c => c.RecordPanelDecision(SampleFacts.PanelDecision(SampleFacts.RequestId(2), PanelOutcome.AcceptToLocality), Actors.PanelChair, journey.Clock.Next()));
    }

    [Fact]
    public void A_panel_declining_without_a_reason_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.SteppedUp).StepDownRequested();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "reason for declining",
            c => c.RecordPanelDecision(new PanelDecisionRecorded(FirstRequest, PanelOutcome.Decline, null, null, null), Actors.PanelChair, journey.Clock.Next()));
    }

    [Fact]
    public void A_panel_accepting_without_a_locality_team_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.SteppedUp).StepDownRequested();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "locality team",
            c => c.RecordPanelDecision(new PanelDecisionRecorded(FirstRequest, PanelOutcome.AcceptToLocality, null, null, null), Actors.PanelChair, journey.Clock.Next()));
    }
}
