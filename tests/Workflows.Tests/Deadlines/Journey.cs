using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Deadlines;
using EarlyHelp.Workflows.Runtime;
using EarlyHelp.Workflows.Tests.Cases;

namespace EarlyHelp.Workflows.Tests.Deadlines;

/// <summary>
/// A case built through the public <see cref="Case"/> API at instants the test chooses (UK wall-clock times), so a
/// deadline's dates can be stated exactly. Every step must be accepted.
/// </summary>
internal sealed class Journey
{
    private static readonly Guid EnquiryId = new("e0000000-0000-0000-0000-0000000000d1");

    private Journey(Case subject) => Case = subject;

    public Case Case { get; }

    /// <summary>An instant given as a UK wall-clock time (GMT or BST, as the date has it).</summary>
    public static DateTimeOffset Uk(int year, int month, int day, int hour = 10, int minute = 0)
    {
        var wall = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, CouncilTime.Zone.GetUtcOffset(wall));
    }

    /// <summary>The instant a UK day starts (local midnight).</summary>
    public static DateTimeOffset StartOf(int year, int month, int day) => Uk(year, month, day, 0);

    /// <summary>A case opened from an enquiry received (and opened) at <paramref name="receivedAt"/>.</summary>
    public static Journey Opened(DateTimeOffset receivedAt, Urgency urgency = Urgency.Standard)
    {
        var enquiry = SampleFacts.NewEnquiry(EnquiryId) with { ReceivedAt = receivedAt, Urgency = urgency };
        var opening = Case.Open(SampleFacts.CaseId, new CaseOpened(SampleFacts.FamilyId, [SampleFacts.ChildId], "north", enquiry, null), Actors.TriageOfficer, receivedAt, []);
        Assert.True(opening.IsOpened, opening.Reason);
        return new Journey(opening.Case!);
    }

    /// <summary>A case triaged for Early Help two days before, and allocated at <paramref name="allocatedAt"/>.</summary>
    public static Journey AllocatedAt(DateTimeOffset allocatedAt) =>
        Opened(allocatedAt.AddDays(-3)).Triaged(allocatedAt.AddDays(-2)).Allocated(allocatedAt);

    public Journey EnquiryAdded(DateTimeOffset receivedAt, Urgency urgency) =>
        Accept(Case.AddEnquiry(new EnquiryAdded(SampleFacts.NewEnquiry(Guid.NewGuid()) with { ReceivedAt = receivedAt, Urgency = urgency }), Actors.TriageOfficer, receivedAt));

    public Journey Triaged(DateTimeOffset at, TriageOutcome outcome = TriageOutcome.EarlyHelp) =>
        Accept(Case.DecideTriage(SampleFacts.Triage(outcome), Actors.TriageOfficer, at));

    public Journey Allocated(DateTimeOffset at, string practitionerId = "lead-practitioner-1") =>
        Accept(Case.AllocateLeadPractitioner(SampleFacts.Allocation(practitionerId), Actors.TeamManager, at));

    /// <summary>Consent recorded and the assessment started, both at <paramref name="at"/>.</summary>
    public Journey AssessmentStarted(DateTimeOffset at)
    {
        Accept(Case.RecordConsent(SampleFacts.Consent(), Actors.LeadPractitioner, at));
        return Accept(Case.StartAssessment(new AssessmentStarted(null), Actors.LeadPractitioner, at));
    }

    public Journey AssessmentCompleted(DateTimeOffset at) =>
        Accept(Case.CompleteAssessment(SampleFacts.AssessmentCompletion(LevelOfNeed.Complex), Actors.LeadPractitioner, at));

    /// <summary>A TAF meeting held on the day of <paramref name="heldAt"/>, recorded then or at <paramref name="recordedAt"/>.</summary>
    public Journey TafMeetingHeld(DateTimeOffset heldAt, DateTimeOffset? recordedAt = null) =>
        Accept(Case.HoldTafMeeting(new TafMeetingHeld(CouncilTime.DateOf(heldAt), [AgencyType.School], true, null), Actors.LeadPractitioner, recordedAt ?? heldAt));

    /// <summary>A review held on the day of <paramref name="heldAt"/>, recorded then or at <paramref name="recordedAt"/>.</summary>
    public Journey Reviewed(DateTimeOffset heldAt, DateTimeOffset? recordedAt = null) =>
        Accept(Case.RecordReview(new ReviewRecorded(CouncilTime.DateOf(heldAt), ReviewOutcome.ContinuePlan, null), Actors.LeadPractitioner, recordedAt ?? heldAt));

    public Journey OutcomeReadingsTaken(DateTimeOffset at) =>
        Accept(Case.RecordOutcomeReadings(new OutcomeReadingsRecorded("Family outcomes wheel", [new DomainScore("School attendance", 4)]), Actors.LeadPractitioner, at));

    public Journey ConsentWithdrawn(DateTimeOffset at) =>
        Accept(Case.WithdrawConsent(new ConsentWithdrawn(ConsentGiver.Parent, null), Actors.LeadPractitioner, at));

    public Journey ClosureRequested(DateTimeOffset at) =>
        Accept(Case.RequestClosure(SampleFacts.ClosureRequest(ClosureReason.OutcomesMet), Actors.LeadPractitioner, at));

    public Journey ClosureSignedOff(DateTimeOffset at) =>
        Accept(Case.SignOffClosure(new ClosureSignedOff(null), Actors.TeamManager, at));

    public Journey SteppedUp(DateTimeOffset at) => Accept(Case.StepUp(SampleFacts.StepUp(), Actors.LeadPractitioner, at));

    /// <summary>Requested, accepted by the panel, consented and stepped down with a named lead practitioner, all at <paramref name="at"/>.</summary>
    public Journey SteppedDown(DateTimeOffset at)
    {
        var requestId = SampleFacts.RequestId(Case.StepDownRequests.Count + 1);
        Accept(Case.RequestStepDown(SampleFacts.StepDownRequest(requestId), Actors.SocialWorker, at));
        Accept(Case.RecordPanelDecision(SampleFacts.PanelDecision(requestId, PanelOutcome.AcceptToLocality), Actors.PanelChair, at));
        Accept(Case.RecordConsent(SampleFacts.Consent(), Actors.LeadPractitioner, at));
        return Accept(Case.StepDown(SampleFacts.StepDown(requestId), Actors.TeamManager, at));
    }

    /// <summary>The deadlines with the default timescales and the shipped calendar.</summary>
    public IReadOnlyList<CaseDeadline> Deadlines(Timescales? timescales = null) =>
        CaseDeadlines.For(Case, timescales ?? Timescales.Default, Calendars.EnglandAndWales);

    /// <summary>The one deadline of a kind (and number).</summary>
    public CaseDeadline Deadline(DeadlineKind kind, int number = 1, Timescales? timescales = null) =>
        Deadlines(timescales).Single(d => d.Kind == kind && d.Number == number);

    private Journey Accept(CaseResult result)
    {
        Assert.True(result.IsAccepted, $"arranging the case: {result.Reason}");
        return this;
    }
}
