using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>A rise in the level of need above the Early Help ceiling, or a high CSE risk, forces a step-up decision before anything else moves.</summary>
public class EarlyHelpCeilingTests
{
    private const string Ceiling = "above the Early Help ceiling";

    public static TheoryData<CaseState, CaseTrigger> HeldBack() => new()
    {
        { CaseState.Allocation, CaseTrigger.StartAssessment },
        { CaseState.Assessment, CaseTrigger.CompleteAssessment },
        { CaseState.TeamAroundFamily, CaseTrigger.HoldTafMeeting },
        { CaseState.TeamAroundFamily, CaseTrigger.UpdateFamilyPlan },
        { CaseState.Review, CaseTrigger.RecordReview },
        { CaseState.Review, CaseTrigger.RequestClosure },
        { CaseState.SteppedDown, CaseTrigger.StartAssessment },
    };

    [Theory]
    [MemberData(nameof(HeldBack))]
    public void A_level_of_need_above_the_ceiling_holds_the_case_back(CaseState state, CaseTrigger trigger)
    {
        var journey = CaseBuilder.In(state).Accept(CaseTrigger.ChangeLevelOfNeed, SampleFacts.LevelChange(LevelOfNeed.Specialist));

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, Ceiling,
            c => c.Fire(trigger, SampleFacts.For(trigger, c), Actors.For(trigger), journey.Clock.Next()));
    }

    [Theory]
    [MemberData(nameof(HeldBack))]
    public void A_high_risk_CSE_screening_holds_the_case_back(CaseState state, CaseTrigger trigger)
    {
        var journey = CaseBuilder.In(state).StepUpDecisionWaiting();

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, Ceiling,
            c => c.Fire(trigger, SampleFacts.For(trigger, c), Actors.For(trigger), journey.Clock.Next()));
    }

    [Fact]
    public void A_high_risk_CSE_screening_holds_back_triage_to_Early_Help()
    {
        var journey = CaseBuilder.Opened().StepUpDecisionWaiting();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "step-up decision is waiting",
            c => c.DecideTriage(SampleFacts.Triage(TriageOutcome.EarlyHelp), Actors.TriageOfficer, journey.Clock.Next()));
    }

    [Fact]
    public void A_waiting_step_up_decision_never_holds_back_a_referral_to_social_care_at_triage()
    {
        var journey = CaseBuilder.Opened().StepUpDecisionWaiting();

        var result = journey.Case.DecideTriage(SampleFacts.Triage(TriageOutcome.ReferToSocialCare), Actors.TriageOfficer, journey.Clock.Next());

        Assert.True(result.IsAccepted, result.Reason);
        Assert.Equal(CaseState.SteppedUp, journey.Case.State);
        Assert.False(journey.Case.StepUpDecisionRequired);
    }

    [Fact]
    public void Triage_cannot_close_an_enquiry_whose_need_is_above_the_ceiling()
    {
        var journey = CaseBuilder.Opened();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, Ceiling,
            c => c.DecideTriage(new TriageDecided(TriageOutcome.NoFurtherAction, LevelOfNeed.Specialist, "No capacity"), Actors.TriageOfficer, journey.Clock.Next()));
    }

    [Theory]
    [InlineData(CseRisk.None)]
    [InlineData(CseRisk.Low)]
    [InlineData(CseRisk.Medium)]
    public void A_CSE_screening_below_high_risk_holds_nothing_back(CseRisk risk)
    {
        var journey = CaseBuilder.In(CaseState.Allocation).Accept(CaseTrigger.RecordCseScreening, SampleFacts.CseScreening(risk));

        Assert.False(journey.Case.StepUpDecisionRequired);
        CaseAssert.Accepted(journey.Case, c => c.StartAssessment(new AssessmentStarted(null), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void A_level_of_need_at_the_ceiling_holds_nothing_back()
    {
        var journey = CaseBuilder.In(CaseState.Review).Accept(CaseTrigger.ChangeLevelOfNeed, SampleFacts.LevelChange(LevelOfNeed.Additional));

        journey.Accept(CaseTrigger.ChangeLevelOfNeed, SampleFacts.LevelChange(LevelOfNeed.Complex));

        Assert.False(journey.Case.StepUpDecisionRequired);
        CaseAssert.Accepted(journey.Case, c => c.RecordReview(new ReviewRecorded(Clock.FirstDay, ReviewOutcome.ContinuePlan, null), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void A_team_manager_declining_the_step_up_releases_the_case_at_the_agreed_level()
    {
        var journey = CaseBuilder.In(CaseState.Allocation).Accept(CaseTrigger.ChangeLevelOfNeed, SampleFacts.LevelChange(LevelOfNeed.Specialist));

        CaseAssert.Accepted(journey.Case, c => c.DeclineStepUp(new StepUpDeclined(LevelOfNeed.Complex, "Threshold not met."), Actors.TeamManager, journey.Clock.Next()));

        Assert.False(journey.Case.StepUpDecisionRequired);
        Assert.Equal(LevelOfNeed.Complex, journey.Case.LevelOfNeed);
        CaseAssert.Accepted(journey.Case, c => c.StartAssessment(new AssessmentStarted(null), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void A_lead_practitioner_cannot_decline_a_step_up()
    {
        var journey = CaseBuilder.In(CaseState.Allocation).StepUpDecisionWaiting();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "team manager",
            c => c.DeclineStepUp(new StepUpDeclined(LevelOfNeed.Complex, "Threshold not met."), Actors.LeadPractitioner, journey.Clock.Next()));
        Assert.True(journey.Case.StepUpDecisionRequired);
    }

    [Fact]
    public void Declining_a_step_up_at_a_level_above_the_ceiling_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.Allocation).StepUpDecisionWaiting();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "within Early Help",
            c => c.DeclineStepUp(new StepUpDeclined(LevelOfNeed.Specialist, "Threshold not met."), Actors.TeamManager, journey.Clock.Next()));
    }

    [Fact]
    public void Declining_a_step_up_when_no_decision_is_waiting_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.Allocation);

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "no step-up decision is waiting",
            c => c.DeclineStepUp(new StepUpDeclined(LevelOfNeed.Complex, "Threshold not met."), Actors.TeamManager, journey.Clock.Next()));
    }

    [Fact]
    public void Triage_to_Early_Help_at_specialist_level_is_refused()
    {
        var journey = CaseBuilder.Opened();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, Ceiling,
            c => c.DecideTriage(SampleFacts.Triage(TriageOutcome.EarlyHelp, LevelOfNeed.Specialist), Actors.TriageOfficer, journey.Clock.Next()));
    }

    [Fact]
    public void Completing_the_assessment_at_specialist_level_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.Assessment);

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, Ceiling,
            c => c.CompleteAssessment(SampleFacts.AssessmentCompletion(LevelOfNeed.Specialist), Actors.LeadPractitioner, journey.Clock.Next()));
    }
}
