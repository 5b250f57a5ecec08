using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>Closure needs a reason code, the family's and the child's views, and a team manager's sign-off.</summary>
public class ClosureRulesTests
{
    [Theory]
    [InlineData(ClosureReason.SteppedUp)]
    [InlineData(ClosureReason.SingleAgency)]
    [InlineData(ClosureReason.Signposted)]
    [InlineData(ClosureReason.NoFurtherAction)]
    public void Closure_with_a_reason_a_practitioner_cannot_give_is_refused(ClosureReason reason)
    {
        var journey = CaseBuilder.In(CaseState.Review);

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "not a closure reason a practitioner can give",
            c => c.RequestClosure(SampleFacts.ClosureRequest(reason), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Theory]
    [InlineData(ClosureReason.OutcomesMet)]
    [InlineData(ClosureReason.StepDownToUniversal)]
    [InlineData(ClosureReason.ConsentWithdrawn)]
    [InlineData(ClosureReason.FamilyDisengaged)]
    [InlineData(ClosureReason.MovedAway)]
    [InlineData(ClosureReason.Other)]
    public void Closure_with_a_practitioner_reason_and_both_views_is_requested(ClosureReason reason)
    {
        var journey = CaseBuilder.In(CaseState.Review);

        CaseAssert.Accepted(journey.Case, c => c.RequestClosure(SampleFacts.ClosureRequest(reason), Actors.LeadPractitioner, journey.Clock.Next()));

        Assert.Equal(reason, journey.Case.ClosureRequest?.Fact.Reason);
        Assert.Equal(CaseState.Review, journey.Case.State);
    }

    [Fact]
    public void Closure_without_the_family_views_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.Review);

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "family's views",
            c => c.RequestClosure(SampleFacts.ClosureRequest(ClosureReason.OutcomesMet) with { FamilyViews = "" }, Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void Closure_without_the_child_views_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.Review);

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "child's views",
            c => c.RequestClosure(SampleFacts.ClosureRequest(ClosureReason.OutcomesMet) with { ChildViews = "  " }, Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void Sign_off_without_a_closure_request_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.Review);

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "closure has not been requested",
            c => c.SignOffClosure(new ClosureSignedOff(null), Actors.TeamManager, journey.Clock.Next()));
    }

    [Fact]
    public void Sign_off_by_a_lead_practitioner_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.Review).ClosureRequested();

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "team manager",
            c => c.SignOffClosure(new ClosureSignedOff(null), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void Sign_off_by_a_team_manager_closes_the_case_with_the_requested_reason()
    {
        var journey = CaseBuilder.In(CaseState.Review).ClosureRequested(ClosureReason.MovedAway);
        var at = journey.Clock.Next();

        CaseAssert.Accepted(journey.Case, c => c.SignOffClosure(new ClosureSignedOff("Agreed."), Actors.TeamManager, at));

        var subject = journey.Case;
        Assert.Equal(CaseState.Closed, subject.State);
        Assert.Equal(ClosureReason.MovedAway, subject.EndReason);
        Assert.Equal(at, subject.EndedAt);
        Assert.Equal(Actors.TeamManager, subject.ClosureSignOff?.By);
        Assert.Empty(subject.CurrentLeadPractitioners);
        Assert.False(subject.Plan!.IsActive);
        Assert.Equal("case closed", subject.Plan.EndedBecause);
    }

    [Fact]
    public void A_closed_case_permits_nothing_but_the_exit_survey()
    {
        var subject = CaseBuilder.In(CaseState.Closed).Case;

        var permitted = subject.PermittedTriggers().Where(a => a.IsPermitted).Select(a => a.Trigger);

        Assert.Equal([CaseTrigger.RecordExitSurvey], permitted);
    }

    [Fact]
    public void The_exit_survey_is_recorded_once()
    {
        var journey = CaseBuilder.In(CaseState.Closed).Accept(CaseTrigger.RecordExitSurvey);

        CaseAssert.Refused(journey.Case, Refusal.GuardRefused, "already recorded",
            c => c.RecordExitSurvey(new ExitSurveyRecorded(SurveyAnswer.Disagree, SurveyAnswer.Agree, SurveyAnswer.Agree, null), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Theory]
    [InlineData(TriageOutcome.Signpost, ClosureReason.Signposted)]
    [InlineData(TriageOutcome.SingleAgency, ClosureReason.SingleAgency)]
    [InlineData(TriageOutcome.NoFurtherAction, ClosureReason.NoFurtherAction)]
    public void Triage_that_closes_the_enquiry_records_why(TriageOutcome outcome, ClosureReason reason)
    {
        var journey = CaseBuilder.Opened();
        var at = journey.Clock.Next();

        CaseAssert.Accepted(journey.Case, c => c.DecideTriage(SampleFacts.Triage(outcome, LevelOfNeed.Additional), Actors.TriageOfficer, at));

        Assert.Equal(CaseState.Closed, journey.Case.State);
        Assert.Equal(reason, journey.Case.EndReason);
        Assert.Equal(at, journey.Case.EndedAt);
    }
}
