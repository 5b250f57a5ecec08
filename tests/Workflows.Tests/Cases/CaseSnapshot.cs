using System.Text.Json;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>
/// Everything a case shows, as JSON, so "nothing changed" and "rebuilt the same" are one string comparison
/// with a readable difference. Only <see cref="Case.PersistedVersion"/> is left out: it says where the
/// case came from, not what it is.
/// </summary>
internal static class CaseSnapshot
{
    public static string Of(Case subject) => JsonSerializer.Serialize(
        new
        {
            subject.Id,
            subject.FamilyId,
            subject.Locality,
            subject.ChildIds,
            subject.State,
            subject.Version,
            subject.OpenedAt,
            subject.Enquiries,
            subject.Triage,
            subject.LevelOfNeed,
            subject.LeadPractitioners,
            subject.ConsentRecords,
            subject.Consent,
            subject.Assessment,
            subject.Plan,
            subject.TafMeetings,
            subject.Reviews,
            subject.OutcomeReadings,
            subject.CseScreenings,
            subject.LevelOfNeedChanges,
            subject.StepUpsDeclined,
            subject.StepUpDecisionRequired,
            subject.StepUps,
            subject.StepDownRequests,
            subject.ClosureRequest,
            subject.ClosureSignOff,
            subject.EndReason,
            subject.EndedAt,
            subject.ExitSurvey,
            subject.History,
        },
        CaseEventJson.Options);
}
