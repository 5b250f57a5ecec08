using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>
/// A valid fact for every trigger, given the case it is offered to (so identifiers of waiting requests,
/// children and practitioners fit). Every fact is dated on or before <see cref="Clock.Start"/>, so it is
/// valid whenever the clock has got to.
/// </summary>
internal static class SampleFacts
{
    public static readonly Guid CaseId = new("ca5e0000-0000-0000-0000-000000000001");
    public static readonly Guid FamilyId = new("fa000000-0000-0000-0000-000000000001");
    public static readonly Guid ChildId = new("c1000000-0000-0000-0000-000000000001");
    public static readonly Guid OtherChildId = new("c1000000-0000-0000-0000-000000000002");
    private static readonly Guid PlanActionId = new("a0000000-0000-0000-0000-000000000001");

    /// <summary>The fact the trigger carries, valid for the case as it is now.</summary>
    public static object For(CaseTrigger trigger, Case subject) => trigger switch
    {
        CaseTrigger.AddEnquiry => new EnquiryAdded(NewEnquiry(new Guid("e0000000-0000-0000-0000-000000000002"))),
        CaseTrigger.Triage => Triage(TriageOutcome.EarlyHelp),
        CaseTrigger.AllocateLeadPractitioner => Allocation($"lead-practitioner-{subject.LeadPractitioners.Count + 2}"),
        CaseTrigger.RecordConsent => Consent(),
        CaseTrigger.WithdrawConsent => new ConsentWithdrawn(ConsentGiver.Parent, "We are managing on our own now."),
        CaseTrigger.StartAssessment => new AssessmentStarted("Home visit arranged."),
        CaseTrigger.CompleteAssessment => AssessmentCompletion(LevelOfNeed.Complex),
        CaseTrigger.UpdateFamilyPlan => new FamilyPlanUpdated([PlanAction(PlanActionStatus.Done)]),
        CaseTrigger.HoldTafMeeting => new TafMeetingHeld(Clock.FirstDay, [AgencyType.School, AgencyType.Health], true, "Plan agreed."),
        CaseTrigger.RecordReview => new ReviewRecorded(Clock.FirstDay, ReviewOutcome.ContinuePlan, "Attendance is improving."),
        CaseTrigger.RecordOutcomeReadings => new OutcomeReadingsRecorded("Family outcomes wheel", [new DomainScore("Physical health", 6), new DomainScore("School attendance", 4)]),
        CaseTrigger.RecordCseScreening => CseScreening(CseRisk.Low),
        CaseTrigger.ChangeLevelOfNeed => LevelChange(subject.LevelOfNeed == LevelOfNeed.Complex ? LevelOfNeed.Additional : LevelOfNeed.Complex),
        CaseTrigger.DeclineStepUp => new StepUpDeclined(LevelOfNeed.Complex, "Social care judged the threshold not met."),
        CaseTrigger.StepUp => StepUp(),
        CaseTrigger.RequestStepDown => StepDownRequest(RequestId(subject.StepDownRequests.Count + 1)),
        CaseTrigger.RecordPanelDecision => PanelDecision(WaitingRequestId(subject), PanelOutcome.AcceptToLocality),
        CaseTrigger.StepDown => StepDown(AcceptedRequestId(subject)),
        CaseTrigger.RequestClosure => ClosureRequest(ClosureReason.OutcomesMet),
        CaseTrigger.SignOffClosure => new ClosureSignedOff("Outcomes evidenced."),
        CaseTrigger.RecordExitSurvey => new ExitSurveyRecorded(SurveyAnswer.Agree, SurveyAnswer.Agree, SurveyAnswer.Neutral, "Thank you."),
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "No sample fact for this trigger yet."),
    };

    /// <summary>The fact of an event type: the opening fact, or the fact its trigger carries.</summary>
    public static object For(CaseEventType type, Case subject) =>
        type.Trigger is { } trigger ? For(trigger, subject) : Opening();

    public static Enquiry NewEnquiry(Guid id) => new(
        id,
        new Referrer(AgencyType.School, "Hillside Primary School", "Designated safeguarding lead"),
        Clock.Start,
        ["school-attendance", "parenting-support"],
        LevelOfNeed.Additional,
        Urgency.Standard,
        EnquiryConsent.Given);

    public static CaseOpened Opening(string? newEpisodeReason = null) => new(
        FamilyId, [ChildId, OtherChildId], "North", NewEnquiry(new Guid("e0000000-0000-0000-0000-000000000001")), newEpisodeReason);

    public static TriageDecided Triage(TriageOutcome outcome, LevelOfNeed level = LevelOfNeed.Complex) =>
        new(outcome, level, "Attendance has fallen and the family asks for help.");

    public static LeadPractitionerAllocated Allocation(string practitionerId) => new(practitionerId, "team-north");

    public static ConsentRecorded Consent() => new(ConsentStatus.Given, ConsentGiver.Parent, null);

    public static AssessmentCompleted AssessmentCompletion(LevelOfNeed level) =>
        new(level, ["school-attendance"], [PlanAction(PlanActionStatus.Open)]);

    public static PlanAction PlanAction(PlanActionStatus status) =>
        new(PlanActionId, "Morning routine support", "Family support worker", Clock.FirstDay.AddDays(28), status);

    public static CseScreeningRecorded CseScreening(CseRisk risk) => new(ChildId, risk);

    public static LevelOfNeedChanged LevelChange(LevelOfNeed level) => new(level, "New information from the school.");

    public static SteppedUp StepUp() => new("Disclosure of significant harm.", "CSC-1001");

    public static Guid RequestId(int number) => new($"5d000000-0000-0000-0000-{number:D12}");

    public static StepDownRequested StepDownRequest(Guid requestId) =>
        new(requestId, "Child protection plan ended; support can continue in Early Help.", "CSC-1001");

    public static PanelDecisionRecorded PanelDecision(Guid requestId, PanelOutcome outcome) => outcome switch
    {
        PanelOutcome.AcceptToLocality => new(requestId, outcome, "team-north", null, null),
        PanelOutcome.RecommendToPartner => new(requestId, outcome, null, "Family Action", null),
        _ => new(requestId, outcome, null, null, "Needs are still above the Early Help threshold."),
    };

    public static SteppedDown StepDown(Guid requestId, string leadPractitionerId = "lead-practitioner-9") =>
        new(requestId, leadPractitionerId, "team-north", LevelOfNeed.Complex);

    public static ClosureRequested ClosureRequest(ClosureReason reason) =>
        new(reason, "We feel listened to and things are better.", "I go to school every day now.");

    private static Guid WaitingRequestId(Case subject) =>
        subject.StepDownRequests.LastOrDefault(r => r.IsWaitingForPanel)?.Request.RequestId ?? RequestId(1);

    private static Guid AcceptedRequestId(Case subject) =>
        subject.StepDownRequests.LastOrDefault(r => r.IsAcceptedAndWaiting)?.Request.RequestId ?? RequestId(1);
}
