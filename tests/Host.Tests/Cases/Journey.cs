using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Families;

namespace EarlyHelp.Host.Tests.Cases;

/// <summary>A family and the steps of a case from enquiry to closure, with a clock that moves a day per step.</summary>
internal sealed class Journey
{
    public static readonly Actor Triage = new("triage-1", ActorRole.TriageOfficer);
    public static readonly Actor Practitioner = new("lp-1", ActorRole.LeadPractitioner);
    public static readonly Actor Manager = new("manager-1", ActorRole.TeamManager);
    public static readonly Actor SocialWorker = new("sw-1", ActorRole.SocialWorker);

    private DateTimeOffset _now = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    public Journey()
    {
        Family = new Family(Guid.NewGuid(), "north", new Address("1 Example Street", null, "Derby", "DE1 1AA"));
        Family.AddMember(new FamilyMember(Guid.NewGuid(), "Alex", "Example", new DateOnly(1990, 5, 1), HouseholdRole.Parent));
        Family.AddMember(new FamilyMember(Guid.NewGuid(), "Sam", "Example", new DateOnly(2015, 9, 12), HouseholdRole.Child));
        Family.AddMember(new FamilyMember(Guid.NewGuid(), "Jo", "Example", new DateOnly(2019, 2, 3), HouseholdRole.Child));
    }

    public Family Family { get; }

    public IReadOnlyList<Guid> ChildIds => [.. Family.Children.Select(c => c.Id)];

    public DateTimeOffset Next() => _now = _now.AddDays(1);

    public Case Open(string? newEpisodeReason = null, IReadOnlyCollection<OpenEpisode>? openEpisodes = null)
    {
        var at = Next();
        var enquiry = new Enquiry(Guid.NewGuid(), new Referrer(AgencyType.School, "Example Primary", "Head teacher"), at.AddHours(-2),
            ["school-attendance", "parenting"], LevelOfNeed.Complex, Urgency.Standard, EnquiryConsent.Given);
        var opening = Case.Open(Guid.NewGuid(), new CaseOpened(Family.Id, ChildIds, Family.Locality, enquiry, newEpisodeReason), Triage, at, openEpisodes ?? []);
        return opening.Case ?? throw new InvalidOperationException(opening.Reason);
    }

    public void ToAllocation(Case c) =>
        Accept(c.DecideTriage(new TriageDecided(TriageOutcome.EarlyHelp, LevelOfNeed.Complex, "Multi-agency support needed"), Triage, Next()));

    public void ToAssessment(Case c)
    {
        ToAllocation(c);
        Accept(c.AllocateLeadPractitioner(new LeadPractitionerAllocated(Practitioner.UserId, "north-team"), Manager, Next()));
        Accept(c.RecordConsent(new ConsentRecorded(ConsentStatus.Given, ConsentGiver.Parent, null), Practitioner, Next()));
        Accept(c.StartAssessment(new AssessmentStarted("Home visit"), Practitioner, Next()));
    }

    public void ToReview(Case c)
    {
        ToAssessment(c);
        var due = DateOnly.FromDateTime(_now.UtcDateTime).AddDays(30);
        Accept(c.CompleteAssessment(new AssessmentCompleted(LevelOfNeed.Complex, ["school-attendance"],
            [new PlanAction(Guid.NewGuid(), "Attendance plan with school", "Example Primary", due, PlanActionStatus.Open)]), Practitioner, Next()));
        var held = DateOnly.FromDateTime(Next().UtcDateTime);
        Accept(c.HoldTafMeeting(new TafMeetingHeld(held, [AgencyType.School, AgencyType.Health], true, "Plan agreed"), Practitioner, _now));
        Accept(c.RecordOutcomeReadings(new OutcomeReadingsRecorded("Family outcomes", [new DomainScore("Attendance", 4), new DomainScore("Routines", 5)]), Practitioner, Next()));
        Accept(c.RecordCseScreening(new CseScreeningRecorded(ChildIds[0], CseRisk.Low), Practitioner, Next()));
        Accept(c.RecordReview(new ReviewRecorded(DateOnly.FromDateTime(Next().UtcDateTime), ReviewOutcome.ReadyToClose, "Attendance up"), Practitioner, _now));
    }

    public void ToClosed(Case c)
    {
        ToReview(c);
        Accept(c.RequestClosure(new ClosureRequested(ClosureReason.OutcomesMet, "We feel more settled", "School is better"), Practitioner, Next()));
        Accept(c.SignOffClosure(new ClosureSignedOff("Well evidenced"), Manager, Next()));
        Accept(c.RecordExitSurvey(new ExitSurveyRecorded(SurveyAnswer.Agree, SurveyAnswer.Agree, SurveyAnswer.Neutral, null), Practitioner, Next()));
    }

    public CaseResult AddReading(Case c, int score) =>
        c.RecordOutcomeReadings(new OutcomeReadingsRecorded("Family outcomes", [new DomainScore("Attendance", score)]), Practitioner, Next());

    public static void Accept(CaseResult result)
    {
        if (!result.IsAccepted)
        {
            throw new InvalidOperationException($"The journey step was refused: {result.Reason}");
        }
    }
}
