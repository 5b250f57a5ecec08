using EarlyHelp.Activities.Tests.EarlyHelp;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Activities.Tests.Pathways;

public class ReferralToClosureTests
{
    private const string File = "referral-to-closure.v1.json";

    [Fact]
    public void The_referral_to_closure_pathway_takes_a_case_from_enquiry_to_closure()
    {
        var result = ShippedPathways.Run(File, "referral-to-closure-happy-path");

        result.AssertInOrder(
            "Completed check-episode via none",
            "TaskCreated triage triage for role triage-officer due 2026-04-08",
            "Lifecycle triage Triage: Enquiry -> Allocation",
            "Note notify-early-help notify referrer: triage-early-help (1 enquiry)",
            "TaskCreated allocate allocation for role team-manager due 2026-04-13",
            "Lifecycle allocate AllocateLeadPractitioner: Allocation -> Allocation",
            "TaskCreated consent consent for person lp-7",
            "Lifecycle consent RecordConsent: Allocation -> Allocation",
            "TaskCreated assessment assessment-start for person lp-7",
            "Lifecycle assessment StartAssessment: Allocation -> Assessment",
            "TaskCreated assessment assessment-complete for person lp-7 due 2026-05-06",
            "Lifecycle assessment CompleteAssessment: Assessment -> TeamAroundFamily",
            "TaskCreated first-taf taf-meeting for person lp-7 due 2026-05-22",
            "TaskCreated cse-screening cse-screening for person lp-7",
            "Lifecycle cse-screening RecordCseScreening: TeamAroundFamily -> TeamAroundFamily",
            "Lifecycle first-taf HoldTafMeeting: TeamAroundFamily -> Review",
            "TimerSet review-every due 2026-06-25 10:00Z",
            "TaskCreated first-readings outcome-readings for person lp-7 due 2026-06-11",
            "Lifecycle first-readings RecordOutcomeReadings: Review -> Review",
            "TimerSet readings-every due 2026-08-27 10:00Z",
            "TimerFired review-every",
            "Note remind-review reminder: review-due to person lp-7",
            "TaskCreated review review for person lp-7 due 2026-07-02",
            "Completed review via continue-plan",
            "TaskCreated review review for person lp-7 due 2026-08-13",
            "Lifecycle review RecordReview: Review -> Review",
            "Lifecycle review RecordOutcomeReadings: Review -> Review",
            "Completed review via ready-to-close",
            "Cancelled review-every",
            "Cancelled readings-every",
            "TaskCreated close closure-request for person lp-7",
            "Lifecycle close RequestClosure: Review -> Review",
            "TaskCreated close closure-sign-off for role team-manager due 2026-08-17",
            "Lifecycle close SignOffClosure: Review -> Closed",
            "TaskCreated exit-survey exit-survey for person lp-7",
            "Lifecycle exit-survey RecordExitSurvey: Closed -> Closed",
            "Cancelled watch-step-up",
            "InstanceCompleted end");
        Assert.Equal(CaseState.Closed, result.Case!.State);
        Assert.Equal(ClosureReason.OutcomesMet, result.Case.EndReason);
        Assert.NotNull(result.Case.ExitSurvey);
        Assert.Equal(2, result.Case.Reviews.Count);
        Assert.Equal(2, result.Case.OutcomeReadings.Count);
        Assert.Equal(InstanceStatus.Completed, result.Instance.Status);
        Assert.Empty(result.OpenTasks);
        Assert.Empty(result.PendingTimers);
        Assert.Equal(3, result.Instance.Variables["outbox"]!.AsArray().Count);
    }

    [Fact]
    public void The_referral_to_closure_pathway_closes_an_enquiry_signposted_at_triage()
    {
        var result = Runs.Run(ShippedPathways.Read(File), new Script(levelOfNeed: "additional")
            .Complete("2026-04-01 11:00", "triage", "signpost", """{"levelOfNeed": "additional", "rationale": "Parenting group meets the need"}""", Script.TriageOfficer));

        result.AssertInOrder(
            "Lifecycle triage Triage: Enquiry -> Closed",
            "Completed triage via signpost",
            "Note notify-closed-at-triage notify referrer: triage-closed (1 enquiry)",
            "Cancelled watch-step-up",
            "InstanceCompleted end-at-triage");
        Assert.Equal(ClosureReason.Signposted, result.Case!.EndReason);
    }

    [Fact]
    public void An_urgent_enquiry_is_due_for_triage_the_next_working_day()
    {
        var result = Runs.Run(ShippedPathways.Read(File), new Script("2026-04-02 09:00", urgency: "urgent"));

        result.AssertInOrder("TaskCreated triage triage for role triage-officer due 2026-04-07");
    }

    [Fact]
    public void The_referral_to_closure_pathway_ends_when_the_case_steps_up_outside_it()
    {
        var result = Runs.Run(ShippedPathways.Read(File), new Script()
            .Complete("2026-04-01 11:00", "triage", "early-help", """{"levelOfNeed": "complex", "rationale": "Needs a TAF"}""", Script.TriageOfficer)
            .Change("2026-04-02 10:00", "step-up", """{"reason": "Disclosure of harm", "socialCareReference": "CSC-3"}""", Script.TeamManager));

        result.AssertInOrder(
            "TaskCreated allocate allocation for role team-manager due 2026-04-10",
            "CaseChanged StepUp: Allocation -> SteppedUp",
            "EventReceived watch-step-up case/stepped-up",
            "Cancelled allocate",
            "InstanceCancelled end-stepped-up-outside");
        Assert.Empty(result.OpenTasks);
        Assert.Equal(CaseState.SteppedUp, result.Case!.State);
    }

    [Fact]
    public void A_high_CSE_risk_asks_a_manager_to_decide_and_a_step_up_ends_the_pathway()
    {
        var workflow = ShippedPathways.Read(File);
        var script = new Script()
            .Complete("2026-04-01 11:00", "triage", "early-help", """{"levelOfNeed": "complex", "rationale": "Needs a TAF"}""", Script.TriageOfficer)
            .Complete("2026-04-01 12:00", "allocate", "done", """{"practitionerId": "lp-7", "teamId": "north"}""", Script.TeamManager)
            .Complete("2026-04-01 13:00", "consent", "done", """{"status": "given", "givenBy": "parent", "note": null}""")
            .Complete("2026-04-01 14:00", "assessment", "started", """{"note": null}""")
            .Complete("2026-04-10 10:00", "assessment", "done", $$"""{"levelOfNeed": "complex", "needsIdentified": ["parenting"], "plan": {{Script.Plan}}}""")
            .Complete("2026-04-13 10:00", "cse-screening", "done", """{"risk": "high"}""")
            .Complete("2026-04-13 11:00", "first-taf", "done", """{"heldOn": "2026-04-13", "agenciesPresent": ["school"], "familyPresent": true, "summary": null}""")
            .Complete("2026-04-13 12:00", "step-up-decision", "stepped-up", """{"reason": "High risk of exploitation", "socialCareReference": null}""", Script.TeamManager);

        var result = Runs.Run(workflow, script);

        result.AssertInOrder(
            "Completed cse-screening via high-risk",
            "TaskCreated step-up-decision step-up-decision for role team-manager due 2026-04-14",
            "Refused the case lifecycle refused HoldTafMeeting: the need is above the Early Help ceiling: step up, or a manager decides to keep the case in Early Help, first",
            "Lifecycle step-up-decision StepUp: TeamAroundFamily -> SteppedUp",
            "Cancelled first-taf",
            "InstanceCompleted end-stepped-up");
        Assert.Equal(CaseState.SteppedUp, result.Case!.State);
        Assert.Empty(result.OpenTasks);
    }

    [Fact]
    public void A_family_that_declines_consent_goes_to_closure()
    {
        var result = Runs.Run(ShippedPathways.Read(File), new Script()
            .Complete("2026-04-01 11:00", "triage", "early-help", """{"levelOfNeed": "complex", "rationale": "Needs a TAF"}""", Script.TriageOfficer)
            .Complete("2026-04-01 12:00", "allocate", "done", """{"practitionerId": "lp-7", "teamId": "north"}""", Script.TeamManager)
            .Complete("2026-04-03 13:00", "consent", "declined", null)
            .Complete("2026-04-07 10:00", "close", "requested", """{"reason": "family-disengaged", "familyViews": "Do not want support now", "childViews": "Not seen"}""")
            .Complete("2026-04-08 10:00", "close", "signed-off", """{"note": null}""", Script.TeamManager)
            .Complete("2026-04-20 10:00", "exit-survey", "not-returned", null));

        result.AssertInOrder(
            "Completed consent via declined",
            "Lifecycle close SignOffClosure: Allocation -> Closed",
            "Completed exit-survey via not-returned",
            "InstanceCompleted end");
        Assert.Equal(ClosureReason.FamilyDisengaged, result.Case!.EndReason);
    }
}
