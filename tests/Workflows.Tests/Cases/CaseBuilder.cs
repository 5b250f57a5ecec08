using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>
/// Builds a case in any state through the public <see cref="Case"/> API, on its own clock. Every step must
/// be accepted: a refused step fails the test with the lifecycle's reason, so an arrangement never silently
/// leaves the case somewhere else.
/// </summary>
internal sealed class CaseBuilder
{
    public const string FirstLeadPractitioner = "lead-practitioner-1";

    private CaseBuilder(Case opened, Clock clock)
    {
        Case = opened;
        Clock = clock;
    }

    public Case Case { get; }

    public Clock Clock { get; }

    /// <summary>A case just opened from an enquiry about two children.</summary>
    public static CaseBuilder Opened()
    {
        var clock = new Clock();
        var opening = Case.Open(SampleFacts.CaseId, SampleFacts.Opening(), Actors.TriageOfficer, clock.Now, []);
        Assert.True(opening.IsOpened, opening.Reason);
        return new CaseBuilder(opening.Case!, clock);
    }

    /// <summary>
    /// A case in the state by its ordinary road, with what the state's own next step needs: in Allocation a
    /// lead practitioner and consent; in SteppedUp the road goes through Review, in SteppedDown through a
    /// step-up, an accepted panel decision and consent; Closed is reached from Review.
    /// </summary>
    public static CaseBuilder In(CaseState state) => state switch
    {
        CaseState.Enquiry => Opened(),
        CaseState.Allocation => Opened().Triaged().WithLeadPractitioner().WithConsent(),
        CaseState.Assessment => In(CaseState.Allocation).AssessmentStarted(),
        CaseState.TeamAroundFamily => In(CaseState.Assessment).AssessmentCompleted(),
        CaseState.Review => In(CaseState.TeamAroundFamily).TafMeetingHeld(),
        CaseState.SteppedUp => In(CaseState.Review).SteppedUp(),
        CaseState.SteppedDown => In(CaseState.SteppedUp).StepDownRequested().PanelDecided().WithConsent().SteppedDown(),
        CaseState.Closed => In(CaseState.Review).ClosureRequested().ClosureSignedOff(),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "No road to this state yet."),
    };

    /// <summary>
    /// Records what the trigger needs on the case beyond the state (a waiting step-up decision, a waiting
    /// panel request, an accepted decision and consent, a closure request), as far as the state permits those
    /// steps: a step the state does not permit is left out, so a forbidden pair gets the most permissive case.
    /// </summary>
    public CaseBuilder ReadyFor(CaseTrigger trigger)
    {
        switch (trigger)
        {
            case CaseTrigger.WithdrawConsent when !Case.HasConsent:
                TryAccept(CaseTrigger.RecordConsent, SampleFacts.Consent());
                break;
            case CaseTrigger.DeclineStepUp:
                TryAccept(CaseTrigger.RecordCseScreening, SampleFacts.CseScreening(CseRisk.High));
                break;
            case CaseTrigger.RecordPanelDecision:
                TryAccept(CaseTrigger.RequestStepDown, SampleFacts.For(CaseTrigger.RequestStepDown, Case));
                break;
            case CaseTrigger.StepDown:
                TryAccept(CaseTrigger.RequestStepDown, SampleFacts.For(CaseTrigger.RequestStepDown, Case));
                TryAccept(CaseTrigger.RecordPanelDecision, SampleFacts.For(CaseTrigger.RecordPanelDecision, Case));
                TryAccept(CaseTrigger.RecordConsent, SampleFacts.Consent());
                break;
            case CaseTrigger.SignOffClosure:
                TryAccept(CaseTrigger.RequestClosure, SampleFacts.ClosureRequest(ClosureReason.OutcomesMet));
                break;
        }

        return this;
    }

    public CaseBuilder Triaged(TriageOutcome outcome = TriageOutcome.EarlyHelp) =>
        Accept(CaseTrigger.Triage, SampleFacts.Triage(outcome));

    public CaseBuilder WithLeadPractitioner(string practitionerId = FirstLeadPractitioner) =>
        Accept(CaseTrigger.AllocateLeadPractitioner, SampleFacts.Allocation(practitionerId));

    public CaseBuilder WithConsent() => Accept(CaseTrigger.RecordConsent, SampleFacts.Consent());

    public CaseBuilder ConsentWithdrawn() => Accept(CaseTrigger.WithdrawConsent, SampleFacts.For(CaseTrigger.WithdrawConsent, Case));

    public CaseBuilder AssessmentStarted() => Accept(CaseTrigger.StartAssessment, SampleFacts.For(CaseTrigger.StartAssessment, Case));

    public CaseBuilder AssessmentCompleted() => Accept(CaseTrigger.CompleteAssessment, SampleFacts.AssessmentCompletion(LevelOfNeed.Complex));

    public CaseBuilder TafMeetingHeld() => Accept(CaseTrigger.HoldTafMeeting, SampleFacts.For(CaseTrigger.HoldTafMeeting, Case));

    /// <summary>A high-risk CSE screening: a step-up decision now waits.</summary>
    public CaseBuilder StepUpDecisionWaiting() => Accept(CaseTrigger.RecordCseScreening, SampleFacts.CseScreening(CseRisk.High));

    public CaseBuilder SteppedUp() => Accept(CaseTrigger.StepUp, SampleFacts.StepUp());

    public CaseBuilder StepDownRequested() => Accept(CaseTrigger.RequestStepDown, SampleFacts.For(CaseTrigger.RequestStepDown, Case));

    /// <summary>The panel decides on the request waiting for it.</summary>
    public CaseBuilder PanelDecided(PanelOutcome outcome = PanelOutcome.AcceptToLocality) =>
        Accept(CaseTrigger.RecordPanelDecision, SampleFacts.PanelDecision(Case.StepDownRequests.Single(r => r.IsWaitingForPanel).Request.RequestId, outcome));

    public CaseBuilder SteppedDown() => Accept(CaseTrigger.StepDown, SampleFacts.For(CaseTrigger.StepDown, Case));

    public CaseBuilder ClosureRequested(ClosureReason reason = ClosureReason.OutcomesMet) =>
        Accept(CaseTrigger.RequestClosure, SampleFacts.ClosureRequest(reason));

    public CaseBuilder ClosureSignedOff() => Accept(CaseTrigger.SignOffClosure, SampleFacts.For(CaseTrigger.SignOffClosure, Case));

    /// <summary>Fires the trigger with the sample fact (or the one given) by its usual actor, and requires acceptance.</summary>
    public CaseBuilder Accept(CaseTrigger trigger, object? fact = null, Actor? by = null)
    {
        var result = Case.Fire(trigger, fact ?? SampleFacts.For(trigger, Case), by ?? Actors.For(trigger), Clock.Next());
        Assert.True(result.IsAccepted, $"arranging the case: {trigger} in {Case.State} was refused: {result.Reason}");
        return this;
    }

    private void TryAccept(CaseTrigger trigger, object fact)
    {
        var result = Case.Fire(trigger, fact, Actors.For(trigger), Clock.Next());
        Assert.True(result.IsAccepted || result.Outcome.Refusal == Refusal.NotPermittedInState,
            $"arranging the case: {trigger} in {Case.State} was refused: {result.Reason}");
    }
}
