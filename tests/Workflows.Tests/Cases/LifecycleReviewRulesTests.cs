using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>Rules added after reviewing the lifecycle: stale consent, stale closure requests, who decides, and history that does not fit.</summary>
public class LifecycleReviewRulesTests
{
    private static readonly Guid FirstRequest = SampleFacts.RequestId(1);

    [Fact]
    public void Consent_given_before_the_step_down_request_does_not_count_for_the_step_down()
    {
        var journey = CaseBuilder.In(CaseState.Review).SteppedUp().StepDownRequested().PanelDecided();

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "after the step-down was requested",
            c => c.StepDown(SampleFacts.StepDown(FirstRequest), Actors.SocialWorker, journey.Clock.Next()));
    }

    [Fact]
    public void A_case_steps_down_at_a_level_within_the_ceiling()
    {
        var journey = CaseBuilder.In(CaseState.SteppedUp).StepDownRequested().PanelDecided().WithConsent();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "above the Early Help ceiling",
            c => c.StepDown(SampleFacts.StepDown(FirstRequest) with { AgreedLevelOfNeed = LevelOfNeed.Specialist }, Actors.SocialWorker, journey.Clock.Next()));
    }

    [Fact]
    public void Only_the_panel_chair_records_the_panel_decision()
    {
        var journey = CaseBuilder.In(CaseState.SteppedUp).StepDownRequested();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "panel's chair",
            c => c.RecordPanelDecision(SampleFacts.PanelDecision(FirstRequest, PanelOutcome.AcceptToLocality), Actors.TeamManager, journey.Clock.Next()));
    }

    [Fact]
    public void A_step_up_clears_a_waiting_closure_request_so_a_stepped_down_case_needs_a_new_one()
    {
        var journey = CaseBuilder.In(CaseState.Review).ClosureRequested(ClosureReason.MovedAway)
            .SteppedUp().StepDownRequested().PanelDecided().WithConsent().SteppedDown();

        Assert.Null(journey.Case.ClosureRequest);
        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "closure has not been requested",
            c => c.SignOffClosure(new ClosureSignedOff(null), Actors.TeamManager, journey.Clock.Next()));
    }

    [Fact]
    public void Consent_can_be_withdrawn_while_the_case_is_with_social_care()
    {
        var journey = CaseBuilder.In(CaseState.SteppedUp).WithConsent();

        journey.ConsentWithdrawn();

        Assert.Equal(ConsentStatus.Withdrawn, journey.Case.Consent);
    }

    [Fact]
    public void An_enquiry_closed_at_triage_takes_no_exit_survey()
    {
        var journey = CaseBuilder.Opened().Triaged(TriageOutcome.Signpost);

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "closed at triage",
            c => c.RecordExitSurvey(new ExitSurveyRecorded(SurveyAnswer.Agree, SurveyAnswer.Agree, SurveyAnswer.Agree, null), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void A_fact_of_the_wrong_type_is_a_programming_error_not_a_refusal()
    {
        var journey = CaseBuilder.Opened();

        Assert.Throws<ArgumentException>(() => journey.Case.Fire(CaseTrigger.StepUp, new ClosureSignedOff(null), Actors.TeamManager, journey.Clock.Next()));
    }

    [Fact]
    public void A_history_whose_event_starts_from_another_state_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.Allocation);
        var history = journey.Case.History.ToList();
        history[^1] = history[^1] with { From = CaseState.Review };

        Assert.Throws<InvalidOperationException>(() => Case.Rehydrate(history));
    }

    [Fact]
    public void A_history_whose_opening_event_does_not_open_in_enquiry_is_refused()
    {
        var journey = CaseBuilder.Opened();
        var history = journey.Case.History.ToList();
        history[0] = history[0] with { To = CaseState.Review };

        Assert.Throws<InvalidOperationException>(() => Case.Rehydrate(history));
    }
}
