using System.Text.Json;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Tests.Cases;

/// <summary>Everything a case shows, as one string, so two cases can be compared whole.</summary>
internal static class CaseSnapshot
{
    public static string Of(Case c) => JsonSerializer.Serialize(
        new
        {
            c.Id, c.FamilyId, c.Locality, c.ChildIds, c.State, c.Version, c.OpenedAt, c.Enquiries, c.Triage, c.LevelOfNeed,
            c.LeadPractitioners, c.ConsentRecords, c.Consent, c.Assessment, c.Plan, c.TafMeetings, c.Reviews, c.OutcomeReadings,
            c.CseScreenings, c.LevelOfNeedChanges, c.StepUpsDeclined, c.StepUpDecisionRequired, c.StepUps, c.StepDownRequests,
            c.ClosureRequest, c.ClosureSignOff, c.EndReason, c.EndedAt, c.ExitSurvey,
            History = c.History.Select(e => new { e.Sequence, e.Type, e.From, e.To, e.By, e.At, Data = (object)e.Data }),
        },
        CaseEventJson.Options);
}
