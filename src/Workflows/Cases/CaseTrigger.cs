namespace EarlyHelp.Workflows.Cases;

/// <summary>Everything that can happen to a case after it is opened. Each carries its own data (a fact).</summary>
public enum CaseTrigger
{
    /// <summary>Another enquiry about the same child is added to this open episode instead of opening a new one.</summary>
    AddEnquiry,

    /// <summary>The triage officer decides what happens to the enquiry.</summary>
    Triage,

    /// <summary>A lead practitioner is allocated; any previous one's allocation ends.</summary>
    AllocateLeadPractitioner,

    /// <summary>Consent is recorded (given or partial) by a parent, carer or competent young person.</summary>
    RecordConsent,

    /// <summary>Consent is withdrawn: the family plan ends.</summary>
    WithdrawConsent,

    /// <summary>The Early Help Assessment starts.</summary>
    StartAssessment,

    /// <summary>The Early Help Assessment is completed with a family plan.</summary>
    CompleteAssessment,

    /// <summary>The family plan's actions are changed.</summary>
    UpdateFamilyPlan,

    /// <summary>A Team Around the Family meeting is held.</summary>
    HoldTafMeeting,

    /// <summary>A review of the family plan is recorded.</summary>
    RecordReview,

    /// <summary>Outcome measure readings (named domains, numeric scores) are recorded.</summary>
    RecordOutcomeReadings,

    /// <summary>A child sexual exploitation (CSE) screening is recorded.</summary>
    RecordCseScreening,

    /// <summary>The level of need changes.</summary>
    ChangeLevelOfNeed,

    /// <summary>A manager decides, with a reason, not to step up a case whose need rose above the Early Help ceiling.</summary>
    DeclineStepUp,

    /// <summary>The case steps up to children's social care. Nothing may block it.</summary>
    StepUp,

    /// <summary>Children's social care asks the step-down panel to move the case to Early Help.</summary>
    RequestStepDown,

    /// <summary>The step-down panel records its decision on a request.</summary>
    RecordPanelDecision,

    /// <summary>The case steps down to Early Help after the panel accepted it.</summary>
    StepDown,

    /// <summary>The lead practitioner asks to close the case, with a reason and the family's and child's views.</summary>
    RequestClosure,

    /// <summary>A manager signs off the closure; the case closes.</summary>
    SignOffClosure,

    /// <summary>The family's exit survey ("How was it for you?") is recorded.</summary>
    RecordExitSurvey,
}
