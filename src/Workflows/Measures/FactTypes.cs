using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Workflows.Measures;

/// <summary>The event types the measures look at, compared by reference: one dictionary lookup per stored row, none per rule.</summary>
internal static class FactTypes
{
    public static readonly CaseEventType CaseOpened = CaseEventTypes.CaseOpened;
    public static readonly CaseEventType TriageDecided = CaseEventTypes.ForTrigger(CaseTrigger.Triage);
    public static readonly CaseEventType LeadPractitionerAllocated = CaseEventTypes.ForTrigger(CaseTrigger.AllocateLeadPractitioner);
    public static readonly CaseEventType AssessmentStarted = CaseEventTypes.ForTrigger(CaseTrigger.StartAssessment);
    public static readonly CaseEventType AssessmentCompleted = CaseEventTypes.ForTrigger(CaseTrigger.CompleteAssessment);
    public static readonly CaseEventType SteppedDown = CaseEventTypes.ForTrigger(CaseTrigger.StepDown);
}
