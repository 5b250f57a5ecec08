using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Activities.Tests.EarlyHelp;

public class DecideTriageTests
{
    private static readonly WorkflowDefinition Triage = Runs.Single("early-help/triage-decision");

    [Fact]
    public void The_triage_task_is_due_three_working_days_after_the_enquiry_skipping_Easter()
    {
        var result = Runs.Run(Triage, new Script("2026-04-01 09:00"));

        result.AssertInOrder("TaskCreated step triage for role triage-officer due 2026-04-08");
        Assert.Equal("Decide what happens to the enquiry", Assert.Single(result.OpenTasks).Title);
    }

    [Fact]
    public void An_urgent_enquiry_is_due_for_triage_the_next_working_day()
    {
        var result = Runs.Run(Triage, new Script("2026-04-02 09:00", urgency: "urgent"));

        result.AssertInOrder("TaskCreated step triage for role triage-officer due 2026-04-07");
    }

    [Fact]
    public void The_decision_moves_the_case_and_leaves_by_its_port()
    {
        var result = Runs.Run(Triage, new Script()
            .Complete("2026-04-01 10:00", "step", "early-help", """{"levelOfNeed": "complex", "rationale": "Needs a TAF"}""", Script.TriageOfficer));

        result.AssertInOrder(
            "TaskCompleted step with early-help",
            "Lifecycle step Triage: Enquiry -> Allocation",
            "Completed step via early-help",
            "InstanceCompleted");
        Assert.Equal(CaseState.Allocation, result.Case!.State);
        Assert.Equal(Actor("t1", ActorRole.TriageOfficer), result.Case.Triage!.By);
    }

    [Fact]
    public void A_referral_to_social_care_steps_the_case_up()
    {
        var result = Runs.Run(Triage, new Script(levelOfNeed: "specialist")
            .Complete("2026-04-01 10:00", "step", "refer-to-social-care", """{"levelOfNeed": "specialist", "rationale": "Risk of significant harm"}""", Script.TriageOfficer));

        result.AssertInOrder("Lifecycle step Triage: Enquiry -> SteppedUp", "Completed step via refer-to-social-care");
        Assert.Equal(CaseState.SteppedUp, result.Case!.State);
    }

    [Fact]
    public void A_decision_the_lifecycle_refuses_is_refused_and_changes_nothing()
    {
        var result = Runs.Run(Triage, new Script()
            .Complete("2026-04-01 10:00", "step", "early-help", """{"levelOfNeed": "specialist", "rationale": "High need"}""", Script.TriageOfficer));

        result.AssertInOrder(
            "TaskCompleted step with early-help",
            "Refused the case lifecycle refused Triage: level of need Specialist is above the Early Help ceiling: refer to children's social care");
        Assert.Equal(CaseState.Enquiry, result.Case!.State);
        Assert.Single(result.Case.History);
        Assert.Single(result.OpenTasks);
        result.AssertNoLineStartingWith("Lifecycle");
    }

    [Fact]
    public void An_outcome_that_disagrees_with_the_data_is_refused()
    {
        var result = Runs.Run(Triage, new Script()
            .Complete("2026-04-01 10:00", "step", "signpost", """{"outcome": "early-help", "levelOfNeed": "complex", "rationale": "x"}""", Script.TriageOfficer));

        result.AssertInOrder("Refused the task was completed as 'signpost', but its data records the decision 'early-help': they must agree");
        Assert.Equal(CaseState.Enquiry, result.Case!.State);
    }

    [Fact]
    public void Malformed_data_is_refused_with_what_is_wrong()
    {
        var result = Runs.Run(Triage, new Script()
            .Complete("2026-04-01 10:00", "step", "early-help", """{"levelOfNeed": "very-high", "rationale": "x"}""", Script.TriageOfficer)
            .Complete("2026-04-01 10:05", "step", "early-help", """{"levelOfNeed": "complex"}""", Script.TriageOfficer)
            .Complete("2026-04-01 10:10", "step", "early-help", null, Script.TriageOfficer)
            .Complete("2026-04-01 10:15", "step", "maybe", """{"levelOfNeed": "complex", "rationale": "x"}""", Script.TriageOfficer));

        result.AssertInOrder(
            "Refused the task's data is not a valid triage-decided fact: 'levelOfNeed' must be one of universal, additional, complex, specialist",
            "Refused the task's data is not a valid triage-decided fact: 'rationale' is missing",
            "Refused the task was completed without data: it needs the triage-decided fact",
            "Refused 'maybe' is not an outcome of this task: use early-help, single-agency, signpost, no-further-action, refer-to-social-care");
        Assert.Equal(CaseState.Enquiry, result.Case!.State);
        Assert.Single(result.OpenTasks);
    }

    private static Actor Actor(string id, ActorRole role) => new(id, role);
}
