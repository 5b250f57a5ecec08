using EarlyHelp.Activities.Tests.EarlyHelp;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Activities.Tests.Pathways;

public class StepDownPathwayTests
{
    private const string File = "step-down.v1.json";

    [Fact]
    public void The_step_down_pathway_steps_the_case_down_to_a_named_lead_practitioner()
    {
        var result = ShippedPathways.Run(File, "step-down-accepted");

        result.AssertInOrder(
            "TaskCreated request step-down-request for role social-worker",
            "Lifecycle request RequestStepDown: Enquiry -> Enquiry",
            "TaskCreated panel panel-decision for role panel-chair due 2026-04-08",
            "Lifecycle panel RecordPanelDecision: Enquiry -> Enquiry",
            "Completed panel via accept",
            "Note notify-accepted notify referrer: step-down-accepted (1 enquiry)",
            "TaskCreated handover-meeting handover-meeting for role team-manager due 2026-04-21",
            "TaskCreated consent consent for role social-worker",
            "Refused this task can only be completed while the case is stepped-down or assessment",
            "Lifecycle consent RecordConsent: Enquiry -> Enquiry",
            "TaskCreated step-down step-down for role team-manager due 2026-04-21",
            "Lifecycle step-down StepDown: Enquiry -> SteppedDown",
            "Completed handover-meeting via held",
            "InstanceCompleted");
        Assert.Equal(CaseState.SteppedDown, result.Case!.State);
        Assert.Equal("lp-7", Assert.Single(result.Case.CurrentLeadPractitioners).PractitionerId);
        Assert.Equal(PanelOutcome.AcceptToLocality, Assert.Single(result.Case.StepDownRequests).Decision!.Outcome);
        Assert.Equal(InstanceStatus.Completed, result.Instance.Status);
    }

    [Fact]
    public void The_step_down_pathway_ends_when_the_panel_declines()
    {
        var result = ShippedPathways.Run(File, "step-down-declined");

        result.AssertInOrder(
            "Completed panel via decline",
            "Note notify-declined notify referrer: step-down-declined (1 enquiry)",
            "Completed notify-declined via done",
            "InstanceCompleted");
        Assert.Equal(PanelOutcome.Decline, Assert.Single(result.Case!.StepDownRequests).Decision!.Outcome);
        Assert.Equal(CaseState.Enquiry, result.Case.State);
        Assert.Empty(result.Case.LeadPractitioners);
        Assert.Empty(result.OpenTasks);
    }
}
