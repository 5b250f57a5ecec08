using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Runtime;
using EarlyHelp.Workflows.Tests.Cases;

namespace EarlyHelp.Workflows.Tests.Measures;

/// <summary>
/// One case built through the public <see cref="Case"/> API on the UK days the test names (10:00 local time),
/// so each measure's expected value can be worked out by hand. Every step must be accepted by the lifecycle.
/// </summary>
internal sealed class Episode
{
    private readonly string _team;

    private Episode(Case subject, string team)
    {
        Case = subject;
        _team = team;
    }

    public Case Case { get; }

    public IReadOnlyList<CaseEvent> History => Case.History;

    /// <summary>10:00 UK time on the day.</summary>
    public static DateTimeOffset On(int year, int month, int day)
    {
        var wall = new DateTime(year, month, day, 10, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, CouncilTime.Zone.GetUtcOffset(wall));
    }

    public static Episode Opened(string locality, Guid[] children, AgencyType source, DateTimeOffset receivedAt)
    {
        var opening = Case.Open(Guid.NewGuid(), new CaseOpened(Guid.NewGuid(), children, locality, Enquiry(source, receivedAt), null), Actors.TriageOfficer, receivedAt, []);
        Assert.True(opening.IsOpened, opening.Reason);
        return new Episode(opening.Case!, "team-" + locality);
    }

    public Episode EnquiryAdded(DateTimeOffset receivedAt, AgencyType source) =>
        Accept(Case.AddEnquiry(new EnquiryAdded(Enquiry(source, receivedAt)), Actors.TriageOfficer, receivedAt));

    public Episode Triaged(DateTimeOffset at, TriageOutcome outcome, LevelOfNeed level) =>
        Accept(Case.DecideTriage(new TriageDecided(outcome, level, "Decided at the front door."), Actors.TriageOfficer, at));

    public Episode Allocated(DateTimeOffset at) =>
        Accept(Case.AllocateLeadPractitioner(new LeadPractitionerAllocated("lead-practitioner-1", _team), Actors.TeamManager, at));

    public Episode ConsentGiven(DateTimeOffset at) =>
        Accept(Case.RecordConsent(new ConsentRecorded(ConsentStatus.Given, ConsentGiver.Parent, null), Actors.LeadPractitioner, at));

    public Episode AssessmentStarted(DateTimeOffset at) =>
        Accept(Case.StartAssessment(new AssessmentStarted(null), Actors.LeadPractitioner, at));

    public Episode AssessmentCompleted(DateTimeOffset at, LevelOfNeed level) =>
        Accept(Case.CompleteAssessment(
            new AssessmentCompleted(level, ["school-attendance"], [new PlanAction(Guid.NewGuid(), "Morning routine support", "Family support worker", CouncilTime.DateOf(at).AddDays(28), PlanActionStatus.Open)]),
            Actors.LeadPractitioner,
            at));

    public Episode TafMeetingHeld(DateTimeOffset at) =>
        Accept(Case.HoldTafMeeting(new TafMeetingHeld(CouncilTime.DateOf(at), [AgencyType.School], true, null), Actors.LeadPractitioner, at));

    public Episode OutcomeReadings(DateTimeOffset at, params (string Domain, int Score)[] scores) =>
        Accept(Case.RecordOutcomeReadings(new OutcomeReadingsRecorded("Family wheel", [.. scores.Select(s => new DomainScore(s.Domain, s.Score))]), Actors.LeadPractitioner, at));

    public Episode CseScreened(DateTimeOffset at, Guid child, CseRisk risk) =>
        Accept(Case.RecordCseScreening(new CseScreeningRecorded(child, risk), Actors.LeadPractitioner, at));

    public Episode ConsentWithdrawn(DateTimeOffset at) =>
        Accept(Case.WithdrawConsent(new ConsentWithdrawn(ConsentGiver.Parent, "The family no longer wants support."), Actors.LeadPractitioner, at));

    public Episode ClosureRequested(DateTimeOffset at, ClosureReason reason) =>
        Accept(Case.RequestClosure(new ClosureRequested(reason, "The family's views.", "The child's views."), Actors.LeadPractitioner, at));

    public Episode ClosureSignedOff(DateTimeOffset at) =>
        Accept(Case.SignOffClosure(new ClosureSignedOff(null), Actors.TeamManager, at));

    public Episode ExitSurvey(DateTimeOffset at, SurveyAnswer respect, SurveyAnswer listened, SurveyAnswer helped) =>
        Accept(Case.RecordExitSurvey(new ExitSurveyRecorded(respect, listened, helped, null), Actors.LeadPractitioner, at));

    public Episode SteppedUp(DateTimeOffset at) =>
        Accept(Case.StepUp(new SteppedUp("Disclosure of significant harm.", "CSC-1001"), Actors.LeadPractitioner, at));

    public Episode StepDownRequested(DateTimeOffset at, int request) =>
        Accept(Case.RequestStepDown(new StepDownRequested(RequestId(request), "Plan ended in social care.", "CSC-1001"), Actors.SocialWorker, at));

    public Episode PanelDecided(DateTimeOffset at, int request, PanelOutcome outcome) =>
        Accept(Case.RecordPanelDecision(
            outcome == PanelOutcome.AcceptToLocality
                ? new PanelDecisionRecorded(RequestId(request), outcome, _team, null, null)
                : new PanelDecisionRecorded(RequestId(request), outcome, null, null, "Needs are still above the Early Help threshold."),
            Actors.PanelChair,
            at));

    public Episode SteppedDown(DateTimeOffset at, int request, LevelOfNeed level) =>
        Accept(Case.StepDown(new SteppedDown(RequestId(request), "lead-practitioner-9", _team, level), Actors.TeamManager, at));

    private static Guid RequestId(int number) => new($"5d000000-0000-0000-0000-{number:D12}");

    private static Enquiry Enquiry(AgencyType source, DateTimeOffset receivedAt) => new(
        Guid.NewGuid(),
        new Referrer(source, "Referrer", null),
        receivedAt,
        ["parenting-support"],
        LevelOfNeed.Additional,
        Urgency.Standard,
        EnquiryConsent.Given);

    private Episode Accept(CaseResult result)
    {
        Assert.True(result.IsAccepted, $"arranging the case: {result.Reason}");
        return this;
    }
}
