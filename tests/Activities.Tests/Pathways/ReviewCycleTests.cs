using EarlyHelp.Activities.Tests.EarlyHelp;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Activities.Tests.Pathways;

public class ReviewCycleTests
{
    private const string File = "review-cycle.v1.json";

    [Fact]
    public void The_review_cycle_ticks_every_six_weeks_and_creates_review_tasks()
    {
        var result = ShippedPathways.Run(File, "review-cycle-to-closure");

        result.AssertInOrder(
            "Completed in-review via false",
            "EventReceived wait-first-taf case/taf-meeting-held",
            "TimerSet review-every due 2026-05-13 09:06Z",
            "TaskCreated first-readings outcome-readings for person lp-7 due 2026-04-29",
            "Waiting watch for event case/closure-signed-off",
            "Lifecycle first-readings RecordOutcomeReadings: Review -> Review",
            "TimerSet readings-every due 2026-07-13 10:00Z",
            "TimerFired review-every",
            "TimerSet review-every due 2026-06-24 09:06Z",
            "Note remind-review reminder: review-due to person lp-7",
            "TaskCreated review review for person lp-7 due 2026-05-20",
            "Completed review via continue-plan",
            "TimerFired review-every",
            "TaskCreated review review for person lp-7 due 2026-07-01",
            "Completed review via change-plan",
            "TimerFired readings-every",
            "TaskCreated readings outcome-readings for person lp-7 due 2026-07-20",
            "Completed readings via done",
            "TimerFired review-every",
            "TaskCreated review review for person lp-7 due 2026-08-12");
        Assert.Equal(3, result.Case!.Reviews.Count);
        Assert.Equal(2, result.Case.OutcomeReadings.Count);
    }

    [Fact]
    public void The_review_cycle_closes_the_case_when_a_review_finds_it_ready()
    {
        var result = ShippedPathways.Run(File, "review-cycle-to-closure");

        result.AssertInOrder(
            "Completed review via ready-to-close",
            "Cancelled review-every",
            "Cancelled readings-every",
            "Lifecycle close SignOffClosure: Review -> Closed",
            "Completed exit-survey via not-returned",
            "Cancelled watch",
            "InstanceCompleted end");
        Assert.Equal(CaseState.Closed, result.Case!.State);
        Assert.Equal(InstanceStatus.Completed, result.Instance.Status);
        Assert.Empty(result.PendingTimers);
        Assert.Empty(result.OpenTasks);
    }

    [Fact]
    public void The_review_cycle_starts_at_once_for_a_case_already_in_review()
    {
        var at = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
        var subject = CaseInReview(at);

        var outcome = new WorkflowEngine(Runs.Library).Start(ShippedPathways.Read(File), Guid.NewGuid(), subject.Id,
            new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(), new StepEnvironment(at.AddHours(1), WorkingDayCalendar.EnglandAndWales(), subject, null, Actor.System));

        var lines = outcome.Trace.Select(t => t.Line).ToList();
        Assert.Contains("Completed in-review via true", lines);
        Assert.Contains("TaskCreated first-readings outcome-readings for person lp-7 due 2026-04-29", lines);
        Assert.Contains("TimerSet review-every due 2026-05-13 10:00Z", lines);
    }

    [Fact]
    public void The_review_cycle_ends_when_the_case_is_closed_outside_it()
    {
        var result = Runs.Run(ShippedPathways.Read(File), new Script().InReview("2026-04-01 09:01")
            .Change("2026-05-01 10:00", "request-closure", """{"reason": "moved-away", "familyViews": "Moving to Leeds", "childViews": "Sad to leave"}""", Script.LeadPractitioner)
            .Change("2026-05-01 11:00", "sign-off-closure", """{"note": null}""", Script.TeamManager));

        result.AssertInOrder(
            "CaseChanged SignOffClosure: Review -> Closed",
            "EventReceived watch case/closure-signed-off",
            "Completed watch via closed",
            "Cancelled review-every",
            "Cancelled first-readings",
            "InstanceCancelled end-outside");
        Assert.Equal(ClosureReason.MovedAway, result.Case!.EndReason);
        Assert.Empty(result.OpenTasks);
        Assert.Empty(result.PendingTimers);
    }

    private static Case CaseInReview(DateTimeOffset at)
    {
        var lead = new Actor("lp-7", ActorRole.LeadPractitioner);
        var enquiry = new Enquiry(Guid.NewGuid(), new Referrer(AgencyType.School, "Hill School", null), at, ["parenting"], LevelOfNeed.Complex, Urgency.Standard, EnquiryConsent.Given);
        var subject = Case.Open(Guid.NewGuid(), new CaseOpened(Guid.NewGuid(), [Guid.NewGuid()], "north", enquiry, null), new Actor("t1", ActorRole.TriageOfficer), at, []).Case!;
        Assert.True(subject.DecideTriage(new TriageDecided(TriageOutcome.EarlyHelp, LevelOfNeed.Complex, "Needs a TAF"), new Actor("t1", ActorRole.TriageOfficer), at).IsAccepted);
        Assert.True(subject.AllocateLeadPractitioner(new LeadPractitionerAllocated("lp-7", "north"), new Actor("tm1", ActorRole.TeamManager), at).IsAccepted);
        Assert.True(subject.RecordConsent(new ConsentRecorded(ConsentStatus.Given, ConsentGiver.Parent, null), lead, at).IsAccepted);
        Assert.True(subject.StartAssessment(new AssessmentStarted(null), lead, at).IsAccepted);
        Assert.True(subject.CompleteAssessment(new AssessmentCompleted(LevelOfNeed.Complex, ["parenting"], [new PlanAction(Guid.NewGuid(), "Parenting course", "Family hub", new DateOnly(2026, 7, 1), PlanActionStatus.Open)]), lead, at).IsAccepted);
        Assert.True(subject.HoldTafMeeting(new TafMeetingHeld(new DateOnly(2026, 4, 1), [AgencyType.School], true, null), lead, at).IsAccepted);
        return subject;
    }
}
