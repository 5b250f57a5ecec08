using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Activities.Tests.EarlyHelp;

/// <summary>The assessment, the Team Around the Family meeting, reviews and outcome readings.</summary>
public class PlanTests
{
    private const string Completed = $$"""{"levelOfNeed": "complex", "needsIdentified": ["parenting"], "plan": {{Script.Plan}}}""";
    private const string Readings = """{"measure": "Family outcomes", "scores": [{"domain": "Physical health", "score": 6}, {"domain": "Boundaries", "score": 4}]}""";

    private static Step WaitFor(string name) => new("wait", "flow/wait-for-event", $$"""{"event": "{{name}}"}""", "received");

    [Fact]
    public void Starting_the_assessment_without_consent_is_refused_and_changes_nothing()
    {
        var workflow = Runs.Chain(WaitFor("go"), new Step("eha", "early-help/assessment"));

        var result = Runs.Run(workflow, new Script().Triaged("2026-04-01 09:10").Allocated("2026-04-01 09:20").Event("2026-04-01 09:30", "go", "go-1")
            .Complete("2026-04-01 10:00", "eha", "started", """{"note": null}"""));

        result.AssertInOrder("TaskCreated eha assessment-start for person lp-7", "Refused the case lifecycle refused StartAssessment: the family's consent is not recorded");
        Assert.Equal(CaseState.Allocation, result.Case!.State);
        Assert.Null(result.Case.Assessment);
        Assert.Equal("assessment-start", Assert.Single(result.OpenTasks).TaskType);
    }

    [Fact]
    public void The_assessment_starts_then_completes_with_the_plan_due_twenty_working_days_after_allocation()
    {
        var workflow = Runs.Chain(WaitFor("go"), new Step("eha", "early-help/assessment"));

        var result = Runs.Run(workflow, new Script().ReadyForAssessment("2026-04-01 09:10").Event("2026-04-08 09:30", "go", "go-1")
            .Complete("2026-04-09 10:00", "eha", "started", """{"note": "Home visit booked"}""")
            .Complete("2026-04-20 10:00", "eha", "done", Completed));

        result.AssertInOrder(
            "TaskCreated eha assessment-start for person lp-7",
            "TaskCompleted eha with started",
            "Lifecycle eha StartAssessment: Allocation -> Assessment",
            "TaskCreated eha assessment-complete for person lp-7 due 2026-05-01",
            "TaskCompleted eha with done",
            "Lifecycle eha CompleteAssessment: Assessment -> TeamAroundFamily",
            "Completed eha via done");
        Assert.Equal(CaseState.TeamAroundFamily, result.Case!.State);
        Assert.NotNull(result.Case.Plan);
    }

    [Fact]
    public void An_assessment_already_started_on_the_case_page_goes_straight_to_its_completion()
    {
        var workflow = Runs.Chain(WaitFor("case/assessment-started"), new Step("eha", "early-help/assessment"));

        var result = Runs.Run(workflow, new Script().ReadyForAssessment("2026-04-01 09:10").AssessmentStarted("2026-04-02 09:00"));

        result.AssertInOrder("Note eha the assessment was already started", "TaskCreated eha assessment-complete for person lp-7 due 2026-05-01");
    }

    [Fact]
    public void A_plan_without_actions_is_refused()
    {
        var workflow = Runs.Chain(WaitFor("case/assessment-started"), new Step("eha", "early-help/assessment"));

        var result = Runs.Run(workflow, new Script().ReadyForAssessment("2026-04-01 09:10").AssessmentStarted("2026-04-02 09:00")
            .Complete("2026-04-03 10:00", "eha", "done", """{"levelOfNeed": "complex", "needsIdentified": [], "plan": []}"""));

        result.AssertInOrder("Refused the case lifecycle refused CompleteAssessment: the family plan needs at least one action");
        Assert.Equal(CaseState.Assessment, result.Case!.State);
    }

    [Fact]
    public void The_first_TAF_meeting_is_due_fifteen_working_days_after_the_assessment_and_moves_the_case_to_review()
    {
        var workflow = Runs.Chain(WaitFor("go"), new Step("taf", "early-help/taf-meeting"));

        var result = Runs.Run(workflow, new Script().ReadyForAssessment("2026-04-01 09:10").AssessmentStarted("2026-04-01 09:20").AssessmentCompleted("2026-04-20 09:00")
            .Event("2026-04-22 09:00", "go", "go-1")
            .Complete("2026-05-06 10:00", "taf", "done", """{"heldOn": "2026-05-06", "agenciesPresent": ["school", "health"], "familyPresent": true, "summary": null}"""));

        result.AssertInOrder(
            "TaskCreated taf taf-meeting for person lp-7 due 2026-05-12",
            "Lifecycle taf HoldTafMeeting: TeamAroundFamily -> Review",
            "Completed taf via done");
        Assert.Equal(CaseState.Review, result.Case!.State);
    }

    [Fact]
    public void A_meeting_recorded_before_it_is_held_is_refused()
    {
        var workflow = Runs.Chain(WaitFor("case/assessment-completed"), new Step("taf", "early-help/taf-meeting"));

        var result = Runs.Run(workflow, new Script().ReadyForAssessment("2026-04-01 09:10").AssessmentStarted("2026-04-01 09:20").AssessmentCompleted("2026-04-20 09:00")
            .Complete("2026-04-21 10:00", "taf", "done", """{"heldOn": "2026-04-28", "agenciesPresent": [], "familyPresent": true, "summary": null}"""));

        result.AssertInOrder("Refused the case lifecycle refused HoldTafMeeting: a meeting cannot be recorded before it is held");
        Assert.Empty(result.Case!.TafMeetings);
    }

    [Fact]
    public void A_review_with_readings_records_both_and_goes_the_way_it_concluded()
    {
        var workflow = Runs.Chain(WaitFor("case/taf-meeting-held"), new Step("review", "early-help/review"));

        var result = Runs.Run(workflow, new Script().InReview("2026-04-01 09:10")
            .Complete("2026-05-13 10:00", "review", "ready-to-close", $$"""{"review": {"heldOn": "2026-05-13", "summary": null}, "readings": {{Readings}}}"""));

        result.AssertInOrder(
            "TaskCreated review review for person lp-7 due 2026-04-10",
            "TaskCompleted review with ready-to-close",
            "Lifecycle review RecordReview: Review -> Review",
            "Lifecycle review RecordOutcomeReadings: Review -> Review",
            "Completed review via ready-to-close");
        Assert.Equal(ReviewOutcome.ReadyToClose, Assert.Single(result.Case!.Reviews).Fact.Outcome);
        Assert.Single(result.Case.OutcomeReadings);
    }

    [Fact]
    public void A_review_whose_readings_are_refused_records_neither()
    {
        var workflow = Runs.Chain(WaitFor("case/taf-meeting-held"), new Step("review", "early-help/review"));

        var result = Runs.Run(workflow, new Script().InReview("2026-04-01 09:10")
            .Complete("2026-05-13 10:00", "review", "continue-plan",
                """{"review": {"heldOn": "2026-05-13", "summary": null}, "readings": {"measure": "Family outcomes", "scores": [{"domain": "Boundaries", "score": 4}, {"domain": "boundaries", "score": 5}]}}"""));

        result.AssertInOrder("Refused the case lifecycle refused RecordOutcomeReadings: a domain is scored twice");
        Assert.Empty(result.Case!.Reviews);
        Assert.Empty(result.Case.OutcomeReadings);
        Assert.Single(result.OpenTasks);
    }

    [Fact]
    public void A_review_that_must_take_readings_is_refused_without_them()
    {
        var workflow = Runs.Chain(WaitFor("case/taf-meeting-held"), new Step("review", "early-help/review", """{"readingsRequired": true}"""));

        var result = Runs.Run(workflow, new Script().InReview("2026-04-01 09:10")
            .Complete("2026-05-13 10:00", "review", "continue-plan", """{"review": {"heldOn": "2026-05-13", "summary": null}}""")
            .Complete("2026-05-13 10:05", "review", "continue-plan", """{"heldOn": "2026-05-13", "summary": null}"""));

        result.AssertInOrder(
            "Refused this review must record outcome measure readings: add \"readings\" (the outcome-readings-recorded fact) to the data",
            "Refused the task's data needs \"review\" (the review-recorded fact) and, if readings were taken, \"readings\"");
        Assert.Empty(result.Case!.Reviews);
    }

    [Fact]
    public void Outcome_readings_on_their_own_are_due_within_four_weeks()
    {
        var workflow = Runs.Chain(WaitFor("case/taf-meeting-held"), new Step("readings", "early-help/record-outcome-readings"));

        var result = Runs.Run(workflow, new Script().InReview("2026-04-01 09:10").Complete("2026-04-20 10:00", "readings", "done", Readings));

        result.AssertInOrder(
            "TaskCreated readings outcome-readings for person lp-7 due 2026-04-29",
            "Lifecycle readings RecordOutcomeReadings: Review -> Review",
            "Completed readings via done");
        Assert.Equal(2, result.Case!.OutcomeReadings[0].Fact.Scores.Count);
    }

    [Fact]
    public void A_CSE_screening_of_the_only_child_needs_no_child_id_and_a_high_risk_goes_by_high_risk()
    {
        var workflow = Runs.Chain(WaitFor("case/lead-practitioner-allocated"), new Step("cse", "early-help/cse-screening"));

        var result = Runs.Run(workflow, new Script().Triaged("2026-04-01 09:10").Allocated("2026-04-01 09:20")
            .Complete("2026-04-02 10:00", "cse", "done", """{"risk": "high"}"""));

        result.AssertInOrder("Lifecycle cse RecordCseScreening: Allocation -> Allocation", "Completed cse via high-risk");
        Assert.True(result.Case!.StepUpDecisionRequired);
        Assert.Equal(result.Case.ChildIds[0], Assert.Single(result.Case.CseScreenings).Fact.ChildId);
    }

    [Fact]
    public void Each_child_of_a_for_each_branch_is_screened_as_that_child()
    {
        var workflow = Runs.Valid("""
            {"id": "cse-each", "name": "CSE for each child", "version": 1, "status": "draft",
             "activities": [
               {"id": "start", "type": "flow/start", "typeVersion": 1},
               {"id": "each", "type": "flow/for-each-child", "typeVersion": 1},
               {"id": "cse", "type": "early-help/cse-screening", "typeVersion": 1, "inputs": {"assignee": {"role": "lead-practitioner"}}}],
             "connections": [{"from": "start", "port": "next", "to": "each"}, {"from": "each", "port": "each", "to": "cse"}]}
            """);

        var result = Runs.Run(workflow, new Script(bornOn: "2012-01-01", moreChildrenBornOn: ["2015-06-01"])
            .Complete("2026-04-02 10:00", "cse", "done", """{"risk": "low"}""")
            .Complete("2026-04-02 10:05", "cse", "done", """{"childId": "7d0f3c9a-0000-4000-8000-000000000009", "risk": "none"}"""));

        result.AssertInOrder("Completed cse via done", "Refused this task screens the child of its branch, and the data names another child");
        Assert.Equal(result.Case!.ChildIds[0], Assert.Single(result.Case.CseScreenings).Fact.ChildId);
    }

    [Fact]
    public void A_screening_of_a_family_of_several_children_without_a_child_is_refused()
    {
        var result = Runs.Run(Runs.Single("early-help/cse-screening", """{"assignee": {"role": "lead-practitioner"}}"""),
            new Script(moreChildrenBornOn: ["2016-01-01"]).Complete("2026-04-02 10:00", "step", "done", """{"risk": "low"}"""));

        result.AssertInOrder("Refused the task's data is not a valid cse-screening-recorded fact: 'childId' is missing");
        Assert.Empty(result.Case!.CseScreenings);
    }
}
