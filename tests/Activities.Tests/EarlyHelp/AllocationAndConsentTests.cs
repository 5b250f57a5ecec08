using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Activities.Tests.EarlyHelp;

public class AllocationAndConsentTests
{
    [Fact]
    public void Allocation_is_due_five_working_days_after_the_triage_decision()
    {
        var workflow = Runs.Chain(new Step("wait", "flow/wait-for-event", """{"event": "go"}""", "received"), new Step("allocate", "early-help/allocate-lead-practitioner"));

        var result = Runs.Run(workflow, new Script().Triaged("2026-04-01 10:00").Event("2026-04-02 11:00", "go", "go-1"));

        result.AssertInOrder("TaskCreated allocate allocation for role team-manager due 2026-04-10");
    }

    [Fact]
    public void The_allocation_names_the_lead_practitioner()
    {
        var result = Runs.Run(Runs.Single("early-help/allocate-lead-practitioner"), new Script()
            .Triaged("2026-04-01 09:30")
            .Complete("2026-04-02 10:00", "step", "done", """{"practitionerId": "lp-7", "teamId": "north"}""", Script.TeamManager));

        result.AssertInOrder("Lifecycle step AllocateLeadPractitioner: Allocation -> Allocation", "Completed step via done");
        Assert.Equal("lp-7", Assert.Single(result.Case!.CurrentLeadPractitioners).PractitionerId);
    }

    [Fact]
    public void An_allocation_before_triage_is_refused_with_the_lifecycles_reason()
    {
        var result = Runs.Run(Runs.Single("early-help/allocate-lead-practitioner"), new Script()
            .Complete("2026-04-02 10:00", "step", "done", """{"practitionerId": "lp-7", "teamId": "north"}""", Script.TeamManager));

        result.AssertInOrder("Refused the case lifecycle refused AllocateLeadPractitioner: AllocateLeadPractitioner is not permitted in Enquiry");
        Assert.Empty(result.Case!.LeadPractitioners);
    }

    [Fact]
    public void Consent_goes_to_the_lead_practitioner_and_is_recorded()
    {
        var result = Runs.Run(Runs.Chain(new Step("wait", "flow/wait-for-event", """{"event": "go"}""", "received"), new Step("consent", "early-help/record-consent")), new Script()
            .Triaged("2026-04-01 09:30").Allocated("2026-04-01 09:31")
            .Event("2026-04-01 09:40", "go", "go-1")
            .Complete("2026-04-01 10:00", "consent", "done", """{"status": "partial", "givenBy": "competent-young-person", "note": "Not the school nurse"}"""));

        result.AssertInOrder(
            "TaskCreated consent consent for person lp-7",
            "Lifecycle consent RecordConsent: Allocation -> Allocation",
            "Completed consent via done");
        Assert.Equal(ConsentStatus.Partial, result.Case!.Consent);
    }

    [Fact]
    public void Partial_consent_without_what_it_covers_is_refused()
    {
        var result = Runs.Run(Runs.Single("early-help/record-consent", """{"assignee": {"role": "lead-practitioner"}}"""), new Script()
            .Complete("2026-04-01 10:00", "step", "done", """{"status": "partial", "givenBy": "parent", "note": null}"""));

        result.AssertInOrder("Refused the case lifecycle refused RecordConsent: what the partial consent covers is missing");
        Assert.Equal(ConsentStatus.NotRecorded, result.Case!.Consent);
    }

    [Fact]
    public void A_family_that_declines_leaves_by_declined_and_nothing_is_recorded()
    {
        var result = Runs.Run(Runs.Single("early-help/record-consent", """{"assignee": {"role": "lead-practitioner"}}"""), new Script()
            .Complete("2026-04-01 10:00", "step", "declined", null));

        result.AssertInOrder("Note step the family did not consent to Early Help", "Completed step via declined");
        Assert.Single(result.Case!.History);
    }

    [Fact]
    public void A_task_for_the_lead_practitioner_before_one_is_allocated_is_an_incident()
    {
        var result = Runs.Run(Runs.Single("early-help/record-consent"), new Script());

        result.AssertInOrder("Incident step the task is for the lead practitioner, and the case has no single current lead practitioner");
    }
}
