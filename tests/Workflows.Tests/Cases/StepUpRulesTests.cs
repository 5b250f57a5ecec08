using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>Nothing may delay a step-up to social care, and a step-up ends the Early Help episode.</summary>
public class StepUpRulesTests
{
    public static TheoryData<CaseState> OpenStates() => [.. CaseLifecycle.OpenStates];

    [Theory]
    [MemberData(nameof(OpenStates))]
    public void Step_up_is_permitted_in_every_open_state_even_when_everything_else_is_blocked(CaseState state)
    {
        var subject = EverythingBlockedIn(state);
        Assert.DoesNotContain(subject.PermittedTriggers(), a => a.IsPermitted && !CaseLifecycle.NotHeldByStepUpDecision.Contains(a.Trigger));

        Assert.True(subject.Explain(CaseTrigger.StepUp).IsPermitted, subject.Explain(CaseTrigger.StepUp).Reason);
        CaseAssert.Accepted(subject, c => c.StepUp(SampleFacts.StepUp(), Actors.LeadPractitioner, Clock.Start.AddDays(1)));
        Assert.Equal(CaseState.SteppedUp, subject.State);
    }

    [Fact]
    public void Step_up_is_permitted_in_allocation_with_no_lead_practitioner_and_consent_withdrawn()
    {
        var subject = EverythingBlockedIn(CaseState.Allocation);
        Assert.Empty(subject.CurrentLeadPractitioners);
        Assert.Equal(ConsentStatus.Withdrawn, subject.Consent);
        Assert.NotNull(subject.ClosureRequest);

        CaseAssert.Accepted(subject, c => c.StepUp(SampleFacts.StepUp(), Actors.LeadPractitioner, Clock.Start.AddDays(1)));
    }

    [Fact]
    public void No_step_up_transition_has_a_guard_and_none_is_held_by_a_waiting_decision()
    {
        var stepUps = CaseLifecycle.Transitions.Where(t => t.Trigger == CaseTrigger.StepUp).ToList();

        Assert.Equal(CaseLifecycle.OpenStates, stepUps.Select(t => t.Source));
        Assert.All(stepUps, t => Assert.Empty(t.Guards));
        Assert.Contains(CaseTrigger.StepUp, CaseLifecycle.NotHeldByStepUpDecision);
    }

    [Fact]
    public void Stepping_up_without_a_reason_is_refused()
    {
        var journey = CaseBuilder.In(CaseState.Review);

        CaseAssert.Refused(journey.Case, Refusal.InvalidData, "reason for the step-up",
            c => c.StepUp(new SteppedUp(" ", null), Actors.LeadPractitioner, journey.Clock.Next()));
    }

    [Fact]
    public void Stepping_up_ends_the_episode()
    {
        var journey = CaseBuilder.In(CaseState.Review);
        var at = journey.Clock.Next();

        CaseAssert.Accepted(journey.Case, c => c.StepUp(SampleFacts.StepUp(), Actors.LeadPractitioner, at));

        var subject = journey.Case;
        Assert.Equal(ClosureReason.SteppedUp, subject.EndReason);
        Assert.Equal(at, subject.EndedAt);
        Assert.Empty(subject.CurrentLeadPractitioners);
        Assert.False(subject.Plan!.IsActive);
        Assert.Contains("stepped up", subject.Plan.EndedBecause);
        Assert.Equal(at, Assert.Single(subject.StepUps).At);
    }

    [Fact]
    public void Stepping_up_settles_a_waiting_step_up_decision()
    {
        var journey = CaseBuilder.In(CaseState.Review).StepUpDecisionWaiting();

        journey.SteppedUp();

        Assert.False(journey.Case.StepUpDecisionRequired);
    }

    [Fact]
    public void Triage_referring_to_social_care_steps_the_case_up()
    {
        var journey = CaseBuilder.Opened();
        var at = journey.Clock.Next();

        CaseAssert.Accepted(journey.Case, c => c.DecideTriage(SampleFacts.Triage(TriageOutcome.ReferToSocialCare, LevelOfNeed.Specialist), Actors.TriageOfficer, at));

        Assert.Equal(ClosureReason.SteppedUp, journey.Case.EndReason);
        Assert.Equal(at, journey.Case.EndedAt);
        Assert.Single(journey.Case.StepUps);
    }

    /// <summary>
    /// The case in the state with as much blocked as the state allows: a step-up decision waiting, consent
    /// withdrawn and closure requested where the state permits them, and in Allocation no lead practitioner.
    /// </summary>
    private static Case EverythingBlockedIn(CaseState state)
    {
        var journey = state == CaseState.Allocation ? CaseBuilder.Opened().Triaged().WithConsent() : CaseBuilder.In(state);
        if (CaseLifecycle.WorkingStates.Contains(state))
        {
            journey.ConsentWithdrawn().ClosureRequested(ClosureReason.ConsentWithdrawn);
        }

        return journey.StepUpDecisionWaiting().Case;
    }
}
