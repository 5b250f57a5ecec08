using System.Text.Json;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Deadlines;
using EarlyHelp.Workflows.Families;
using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Host.Cases;

/// <summary>
/// The case page: the authorised view of a child's case, with the family's names and dates of birth. The facts are
/// shown in the case history's own vocabulary (each with when and by whom), beside the timeline, the open tasks,
/// the deadlines and what may be done now.
/// </summary>
internal sealed record CasePageResponse(
    Guid CaseId,
    string Reference,
    string State,
    int Version,
    string Locality,
    string Team,
    DateTimeOffset OpenedAt,
    DateTimeOffset? EndedAt,
    ClosureReason? EndReason,
    CasePageFamily? Family,
    IReadOnlyList<FamilyMember> Children,
    IReadOnlyList<Enquiry> Enquiries,
    Recorded<TriageDecided>? Triage,
    LevelOfNeed LevelOfNeed,
    IReadOnlyList<Recorded<LevelOfNeedChanged>> LevelOfNeedChanges,
    IReadOnlyList<LeadPractitionerAssignment> LeadPractitioners,
    CasePageConsent Consent,
    EarlyHelpAssessment? Assessment,
    FamilyPlan? FamilyPlan,
    IReadOnlyList<Recorded<TafMeetingHeld>> TafMeetings,
    IReadOnlyList<Recorded<ReviewRecorded>> Reviews,
    IReadOnlyList<CasePageReadings> OutcomeReadings,
    IReadOnlyList<Recorded<CseScreeningRecorded>> CseScreenings,
    CasePageStepUp StepUp,
    IReadOnlyList<StepDownRequest> StepDownRequests,
    CasePageClosure Closure,
    Recorded<ExitSurveyRecorded>? ExitSurvey,
    IReadOnlyList<CasePageEvent> Timeline,
    IReadOnlyList<CasePageTask> OpenTasks,
    IReadOnlyList<CasePageDeadline> Deadlines,
    IReadOnlyList<CasePageAction> Actions)
{
    public static CasePageResponse Of(Case subject, Family? family, IReadOnlyList<CasePageTask> openTasks, IReadOnlyList<CaseDeadline> deadlines, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(deadlines);
        return new CasePageResponse(
            subject.Id,
            CaseReference.Of(subject.Id),
            CaseEventJson.Write(subject.State),
            subject.Version,
            subject.Locality,
            CaseScope.TeamOf(subject),
            subject.OpenedAt,
            subject.EndedAt,
            subject.EndReason,
            family is null ? null : new CasePageFamily(family.Id, family.Locality, family.Address, family.Members),
            family is null ? [] : [.. family.Members.Where(m => subject.ChildIds.Contains(m.Id))],
            subject.Enquiries,
            subject.Triage,
            subject.LevelOfNeed,
            subject.LevelOfNeedChanges,
            subject.LeadPractitioners,
            new CasePageConsent(subject.Consent, subject.ConsentRecords),
            subject.Assessment,
            subject.Plan,
            subject.TafMeetings,
            subject.Reviews,
            CasePageReadings.Of(subject.OutcomeReadings),
            subject.CseScreenings,
            new CasePageStepUp(subject.StepUpDecisionRequired, subject.StepUpsDeclined, subject.StepUps),
            subject.StepDownRequests,
            new CasePageClosure(subject.ClosureRequest, subject.ClosureSignOff),
            subject.ExitSurvey,
            [.. subject.History.Select(e => new CasePageEvent(e.Sequence, e.Type, e.From is { } from ? CaseEventJson.Write(from) : null, CaseEventJson.Write(e.To), e.By, e.At))],
            openTasks,
            [.. deadlines.Select(d => new CasePageDeadline(d.Kind, d.Number, d.StartedAt, d.DueOn, d.BreachOn, d.MetAt, d.StatusAt(now)))],
            [.. subject.PermittedTriggers().Select(CasePageAction.Of)]);
    }
}

/// <summary>The family: where they live and the household members, with names and dates of birth.</summary>
internal sealed record CasePageFamily(Guid FamilyId, string Locality, Address Address, IReadOnlyList<FamilyMember> Members);

/// <summary>The family's consent now, and its history.</summary>
internal sealed record CasePageConsent(ConsentStatus Status, IReadOnlyList<ConsentRecord> History);

/// <summary>Whether a step-up decision is waiting, the decisions to keep the case in Early Help, and the step-ups.</summary>
internal sealed record CasePageStepUp(bool DecisionRequired, IReadOnlyList<Recorded<StepUpDeclined>> Declined, IReadOnlyList<Recorded<SteppedUp>> StepUps);

/// <summary>The closure requested and its sign-off.</summary>
internal sealed record CasePageClosure(Recorded<ClosureRequested>? Request, Recorded<ClosureSignedOff>? SignOff);

/// <summary>One entry of the case history, without its data (the facts are shown in their own sections).</summary>
internal sealed record CasePageEvent(int Sequence, string Type, string? From, string To, Actor By, DateTimeOffset At);

/// <summary>An open pathway task of the case.</summary>
internal sealed record CasePageTask(
    Guid TaskId, string TaskType, string Title, string AssigneeKind, string AssigneeValue, DateTimeOffset CreatedAt, DateTimeOffset? DueAt, IReadOnlyList<string> Outcomes);

/// <summary>A deadline of the case's current episode with its status now.</summary>
internal sealed record CasePageDeadline(
    DeadlineKind Kind, int Number, DateTimeOffset StartedAt, DateOnly DueOn, DateOnly BreachOn, DateTimeOffset? MetAt, DeadlineStatus Status);

/// <summary>A lifecycle trigger, whether it is permitted now, and why not.</summary>
internal sealed record CasePageAction(string Trigger, bool Permitted, string? Reason)
{
    public static CasePageAction Of(TriggerAvailability<CaseState, CaseTrigger> availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        return new(JsonNamingPolicy.KebabCaseLower.ConvertName(availability.Trigger.ToString()), availability.IsPermitted, availability.Reason);
    }
}

/// <summary>One set of outcome readings, each domain's score with its direction of travel since the measure's previous reading.</summary>
internal sealed record CasePageReadings(string Measure, DateTimeOffset At, Actor By, IReadOnlyList<CasePageScore> Scores)
{
    public const string Improving = "improving";
    public const string Same = "same";
    public const string Worse = "worse";

    /// <summary>
    /// Each reading against the previous reading of the same measure in which the domain was scored (domains by
    /// name, ignoring case); higher scores are better. A domain scored for the first time has no direction.
    /// </summary>
    public static IReadOnlyList<CasePageReadings> Of(IReadOnlyList<Recorded<OutcomeReadingsRecorded>> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var last = new Dictionary<(string Measure, string Domain), int>();
        var shown = new List<CasePageReadings>(readings.Count);
        foreach (var reading in readings)
        {
            var scores = new List<CasePageScore>(reading.Fact.Scores.Count);
            foreach (var score in reading.Fact.Scores)
            {
                var key = (reading.Fact.Measure.ToUpperInvariant(), score.Domain.ToUpperInvariant());
                int? previous = last.TryGetValue(key, out var before) ? before : null;
                scores.Add(new CasePageScore(score.Domain, score.Score, previous, previous is { } p ? Direction(p, score.Score) : null));
                last[key] = score.Score;
            }

            shown.Add(new CasePageReadings(reading.Fact.Measure, reading.At, reading.By, scores));
        }

        return shown;
    }

    private static string Direction(int previous, int now) => now > previous ? Improving : now < previous ? Worse : Same;
}

internal sealed record CasePageScore(string Domain, int Score, int? PreviousScore, string? Direction);
