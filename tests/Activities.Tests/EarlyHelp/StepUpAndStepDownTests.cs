using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Activities.Tests.EarlyHelp;

public class StepUpAndStepDownTests
{
    private const string Request = """{"reason": "Family engaging; risks reduced", "socialCareReference": "CSC-1"}""";

    private static readonly Step[] StepDownPath =
    [
        new("request", "early-help/request-step-down", Next: "done"),
        new("panel", "early-help/panel-decision", Next: "accept"),
        new("consent", "early-help/record-consent", """{"assignee": {"role": "social-worker"}}""", "done"),
        new("step-down", "early-help/step-down"),
    ];

    [Fact]
    public void An_automatic_step_up_steps_the_case_up_with_its_reason()
    {
        var result = Runs.Run(Runs.Single("early-help/step-up", """{"reason": "Disclosure of harm"}"""), new Script());

        result.AssertInOrder("Lifecycle step StepUp: Enquiry -> SteppedUp", "Completed step via stepped-up", "InstanceCompleted");
        Assert.Equal("Disclosure of harm", Assert.Single(result.Case!.StepUps).Fact.Reason);
        Assert.Equal(Actor.System, result.Case.StepUps[0].By);
    }

    [Fact]
    public void An_automatic_step_up_the_lifecycle_refuses_is_an_incident_with_its_reason()
    {
        var workflow = Runs.Chain(new Step("wait", "flow/delay", """{"duration": {"hours": 2}}""", "done"), new Step("step-up", "early-help/step-up", """{"reason": "Disclosure of harm"}"""));

        var result = Runs.Run(workflow, new Script().Triaged("2026-04-01 10:00", "signpost", "additional").Until("2026-04-01 12:00"));

        result.AssertInOrder("TimerFired wait", "Entered step-up from wait.done", "Incident step-up the case lifecycle refused StepUp: StepUp is not permitted in Closed");
        var incident = Assert.Single(result.Instance.Incidents);
        Assert.Equal("the case lifecycle refused StepUp: StepUp is not permitted in Closed", incident.Message);
        Assert.Equal(CaseState.Closed, result.Case!.State);
        Assert.Equal(InstanceStatus.Running, result.Instance.Status);
    }

    [Fact]
    public void An_automatic_trigger_refused_after_a_persons_completion_is_an_incident_and_the_completion_stands()
    {
        var workflow = Runs.Chain(
            new Step("visit", "flow/human-task", """{"taskType": "visit", "title": "Visit", "assignee": {"role": "lead-practitioner"}}""", "done"),
            new Step("step-up", "early-help/step-up", """{"reason": "Disclosure of harm"}"""));

        var result = Runs.Run(workflow, new Script()
            .Triaged("2026-04-01 10:00", "signpost", "additional")
            .Complete("2026-04-01 11:00", "visit", "done", null, Script.LeadPractitioner));

        result.AssertNoLineStartingWith("Refused");
        result.AssertInOrder("TaskCompleted visit with done", "Completed visit via done", "Incident step-up the case lifecycle refused StepUp: StepUp is not permitted in Closed");
        Assert.Empty(result.OpenTasks);
        Assert.Single(result.Instance.Incidents);
    }

    [Fact]
    public void A_manager_decides_the_step_up()
    {
        var result = Runs.Run(Runs.Single("early-help/step-up"), new Script()
            .Complete("2026-04-01 10:00", "step", "stepped-up", """{"reason": "Neglect", "socialCareReference": "CSC-9"}""", Script.TeamManager));

        result.AssertInOrder("TaskCreated step step-up-decision for role team-manager due 2026-04-02", "Lifecycle step StepUp: Enquiry -> SteppedUp", "Completed step via stepped-up");
        Assert.Equal(CaseState.SteppedUp, result.Case!.State);
    }

    [Fact]
    public void A_manager_keeps_a_case_in_Early_Help_after_a_high_CSE_risk()
    {
        var workflow = Runs.Chain(
            new Step("wait", "flow/wait-for-event", """{"event": "case/lead-practitioner-allocated"}""", "received"),
            new Step("cse", "early-help/cse-screening", Next: "high-risk"),
            new Step("decision", "early-help/step-up"));
        var keep = """{"agreedLevelOfNeed": "complex", "reason": "Social care judged the threshold not met"}""";

        var result = Runs.Run(workflow, new Script().Triaged("2026-04-01 09:10").Allocated("2026-04-01 09:20")
            .Complete("2026-04-01 09:30", "cse", "done", """{"risk": "high"}""")
            .Complete("2026-04-01 10:00", "decision", "kept-in-early-help", keep)
            .Complete("2026-04-01 10:05", "decision", "kept-in-early-help", keep, Script.TeamManager));

        result.AssertInOrder(
            "Completed cse via high-risk",
            "Refused the case lifecycle refused DeclineStepUp: keeping a case in Early Help above the ceiling must be done by a team manager",
            "Lifecycle decision DeclineStepUp: Allocation -> Allocation",
            "Completed decision via kept-in-early-help");
        Assert.False(result.Case!.StepUpDecisionRequired);
    }

    [Fact]
    public void Keeping_a_case_in_Early_Help_when_no_decision_is_waiting_records_nothing()
    {
        var result = Runs.Run(Runs.Single("early-help/step-up"), new Script()
            .Complete("2026-04-01 10:00", "step", "kept-in-early-help", null, Script.TeamManager));

        result.AssertInOrder("Note step no step-up decision was waiting on the case: nothing recorded", "Completed step via kept-in-early-help");
        Assert.Single(result.Case!.History);
    }

    [Fact]
    public void A_step_down_request_goes_to_the_panel_chair_and_an_accepted_one_steps_down_after_consent()
    {
        var result = Runs.Run(Runs.Chain(StepDownPath), new Script(referrer: "social-care")
            .Complete("2026-04-01 10:00", "request", "done", Request, Script.SocialWorker)
            .Complete("2026-04-07 10:00", "panel", "accept", """{"localityTeam": "north", "partner": null, "reason": null}""", Script.PanelChair)
            .Complete("2026-04-08 10:00", "consent", "done", """{"status": "given", "givenBy": "parent", "note": null}""", Script.SocialWorker)
            .Complete("2026-04-09 10:00", "step-down", "done", """{"leadPractitionerId": "lp-7", "teamId": "north", "agreedLevelOfNeed": "complex"}""", Script.TeamManager));

        result.AssertInOrder(
            "TaskCreated request step-down-request for role social-worker",
            "Lifecycle request RequestStepDown: Enquiry -> Enquiry",
            "TaskCreated panel panel-decision for role panel-chair due 2026-04-08",
            "Lifecycle panel RecordPanelDecision: Enquiry -> Enquiry",
            "Completed panel via accept",
            "Lifecycle consent RecordConsent: Enquiry -> Enquiry",
            "TaskCreated step-down step-down for role team-manager due 2026-04-21",
            "Lifecycle step-down StepDown: Enquiry -> SteppedDown",
            "Completed step-down via done");
        Assert.Equal(CaseState.SteppedDown, result.Case!.State);
        Assert.Equal("lp-7", Assert.Single(result.Case.CurrentLeadPractitioners).PractitionerId);
        Assert.NotNull(Assert.Single(result.Case.StepDownRequests).SteppedDownAt);
    }

    [Fact]
    public void A_panel_decision_by_someone_other_than_the_chair_is_refused()
    {
        var result = Runs.Run(Runs.Chain(StepDownPath), new Script(referrer: "social-care")
            .Complete("2026-04-01 10:00", "request", "done", Request, Script.SocialWorker)
            .Complete("2026-04-07 10:00", "panel", "accept", """{"localityTeam": "north", "partner": null, "reason": null}""", Script.TeamManager));

        result.AssertInOrder("Refused the case lifecycle refused RecordPanelDecision: a step-down panel decision must be recorded by the panel's chair");
        Assert.True(Assert.Single(result.Case!.StepDownRequests).IsWaitingForPanel);
    }

    [Fact]
    public void A_step_down_without_the_familys_consent_since_the_request_is_refused()
    {
        var workflow = Runs.Chain(StepDownPath[0], StepDownPath[1], StepDownPath[3]);

        var result = Runs.Run(workflow, new Script(referrer: "social-care")
            .Change("2026-04-01 09:30", "record-consent", """{"status": "given", "givenBy": "parent", "note": null}""", Script.SocialWorker)
            .Complete("2026-04-01 10:00", "request", "done", Request, Script.SocialWorker)
            .Complete("2026-04-07 10:00", "panel", "accept", """{"localityTeam": "north", "partner": null, "reason": null}""", Script.PanelChair)
            .Complete("2026-04-09 10:00", "step-down", "done", """{"leadPractitionerId": "lp-7", "teamId": "north", "agreedLevelOfNeed": "complex"}""", Script.TeamManager));

        result.AssertInOrder("Refused the case lifecycle refused StepDown: the family's consent to Early Help must be recorded after the step-down was requested");
        Assert.Equal(CaseState.Enquiry, result.Case!.State);
    }

    [Fact]
    public void A_declined_request_leaves_by_decline_with_its_reason()
    {
        var workflow = Runs.Chain(StepDownPath[0], new Step("panel", "early-help/panel-decision"));

        var result = Runs.Run(workflow, new Script(referrer: "social-care")
            .Complete("2026-04-01 10:00", "request", "done", Request, Script.SocialWorker)
            .Complete("2026-04-07 10:00", "panel", "decline", """{"localityTeam": null, "partner": null, "reason": null}""", Script.PanelChair)
            .Complete("2026-04-07 10:05", "panel", "decline", """{"localityTeam": null, "partner": null, "reason": "Risks still high"}""", Script.PanelChair));

        result.AssertInOrder(
            "Refused the case lifecycle refused RecordPanelDecision: the reason for declining is missing",
            "Completed panel via decline");
        Assert.Equal(PanelOutcome.Decline, Assert.Single(result.Case!.StepDownRequests).Decision!.Outcome);
    }
}
