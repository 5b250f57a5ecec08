using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Cases;

/// <summary>
/// The case history's event vocabulary: one key per fact, written in the history, in import files and in
/// reports. Keys never change once shipped; a renamed .NET type keeps its key.
/// </summary>
public static class CaseEventTypes
{
    /// <summary>The opening fact of every case.</summary>
    public static readonly CaseEventType<CaseOpened> CaseOpened = new("case-opened", null);

    private static readonly CaseEventType[] ByTrigger =
    [
        new CaseEventType<EnquiryAdded>("enquiry-added", CaseTrigger.AddEnquiry),
        new CaseEventType<TriageDecided>("triage-decided", CaseTrigger.Triage),
        new CaseEventType<LeadPractitionerAllocated>("lead-practitioner-allocated", CaseTrigger.AllocateLeadPractitioner),
        new CaseEventType<ConsentRecorded>("consent-recorded", CaseTrigger.RecordConsent),
        new CaseEventType<ConsentWithdrawn>("consent-withdrawn", CaseTrigger.WithdrawConsent),
        new CaseEventType<AssessmentStarted>("assessment-started", CaseTrigger.StartAssessment),
        new CaseEventType<AssessmentCompleted>("assessment-completed", CaseTrigger.CompleteAssessment),
        new CaseEventType<FamilyPlanUpdated>("family-plan-updated", CaseTrigger.UpdateFamilyPlan),
        new CaseEventType<TafMeetingHeld>("taf-meeting-held", CaseTrigger.HoldTafMeeting),
        new CaseEventType<ReviewRecorded>("review-recorded", CaseTrigger.RecordReview),
        new CaseEventType<OutcomeReadingsRecorded>("outcome-readings-recorded", CaseTrigger.RecordOutcomeReadings),
        new CaseEventType<CseScreeningRecorded>("cse-screening-recorded", CaseTrigger.RecordCseScreening),
        new CaseEventType<LevelOfNeedChanged>("level-of-need-changed", CaseTrigger.ChangeLevelOfNeed),
        new CaseEventType<StepUpDeclined>("step-up-declined", CaseTrigger.DeclineStepUp),
        new CaseEventType<SteppedUp>("stepped-up", CaseTrigger.StepUp),
        new CaseEventType<StepDownRequested>("step-down-requested", CaseTrigger.RequestStepDown),
        new CaseEventType<PanelDecisionRecorded>("panel-decision-recorded", CaseTrigger.RecordPanelDecision),
        new CaseEventType<SteppedDown>("stepped-down", CaseTrigger.StepDown),
        new CaseEventType<ClosureRequested>("closure-requested", CaseTrigger.RequestClosure),
        new CaseEventType<ClosureSignedOff>("closure-signed-off", CaseTrigger.SignOffClosure),
        new CaseEventType<ExitSurveyRecorded>("exit-survey-recorded", CaseTrigger.RecordExitSurvey),
    ];

    private static readonly Dictionary<CaseTrigger, CaseEventType> TriggerIndex =
        ByTrigger.ToDictionary(t => t.Trigger!.Value);

    private static readonly Dictionary<string, CaseEventType> KeyIndex =
        ByTrigger.Append(CaseOpened).ToDictionary(t => t.Key, StringComparer.Ordinal);

    /// <summary>Every event type, the opening fact first.</summary>
    public static IReadOnlyList<CaseEventType> All { get; } = [CaseOpened, .. ByTrigger];

    /// <summary>The event type a trigger records.</summary>
    /// <param name="trigger">The trigger.</param>
    public static CaseEventType ForTrigger(CaseTrigger trigger) => TriggerIndex[trigger];

    /// <summary>The event type with this key, or null when the key is unknown.</summary>
    /// <param name="key">The key.</param>
    public static CaseEventType? ForKey(string key) => KeyIndex.GetValueOrDefault(key);
}
