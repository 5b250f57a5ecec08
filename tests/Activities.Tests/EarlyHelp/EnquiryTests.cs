using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Activities.Tests.EarlyHelp;

public class EnquiryTests
{
    private const string FurtherEnquiry = """
        {"enquiry": {"referrer": {"agency": "health", "organisation": "Riverside Surgery", "contactName": null},
                     "receivedAt": "2026-04-01T09:30:00Z", "needsCategories": ["emotional-health"], "levelOfNeed": "additional",
                     "urgency": "standard", "consent": "given"}}
        """;

    [Fact]
    public void A_further_enquiry_joins_the_open_episode_and_the_check_then_finds_it()
    {
        var workflow = Runs.Chain(new Step("enquiry", "early-help/record-enquiry", Next: "done"), new Step("check", "early-help/check-open-episode"));

        var result = Runs.Run(workflow, new Script().Complete("2026-04-01 10:00", "enquiry", "done", FurtherEnquiry, Script.TriageOfficer));

        result.AssertInOrder(
            "TaskCreated enquiry enquiry for role triage-officer",
            "Lifecycle enquiry AddEnquiry: Enquiry -> Enquiry",
            "Completed enquiry via done",
            "Note check 2 enquiries on this episode",
            "Completed check via found");
        Assert.Equal(2, result.Case!.Enquiries.Count);
        Assert.NotEqual(Guid.Empty, result.Case.Enquiries[1].Id);
    }

    [Fact]
    public void An_enquiry_the_lifecycle_refuses_is_refused_and_changes_nothing()
    {
        var workflow = Runs.Single("early-help/record-enquiry");

        var result = Runs.Run(workflow, new Script().Complete("2026-04-01 10:00", "step", "done", FurtherEnquiry.Replace("2026-04-01T09:30:00Z", "2026-04-02T09:30:00Z", StringComparison.Ordinal), Script.TriageOfficer));

        result.AssertInOrder("Refused the case lifecycle refused AddEnquiry: the enquiry cannot be received in the future");
        Assert.Single(result.Case!.Enquiries);
        Assert.Single(result.Case.History);
    }

    [Fact]
    public void A_case_opened_with_one_enquiry_and_no_other_episode_has_none()
    {
        var result = Runs.Run(Runs.Single("early-help/check-open-episode"), new Script());

        result.AssertInOrder("Entered step from start.next", "Completed step via none", "InstanceCompleted");
        result.AssertNoLineStartingWith("Note");
    }

    [Fact]
    public void A_case_opened_as_a_new_episode_beside_an_open_one_is_found()
    {
        var at = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
        var child = Guid.NewGuid();
        var enquiry = new Enquiry(Guid.NewGuid(), new Referrer(AgencyType.School, "Hill School", null), at, ["parenting"], LevelOfNeed.Complex, Urgency.Standard, EnquiryConsent.Given);
        var opened = new CaseOpened(Guid.NewGuid(), [child], "north", enquiry, "The other episode is for another family member's address");
        var subject = Case.Open(Guid.NewGuid(), opened, new Actor("t1", ActorRole.TriageOfficer), at, [new OpenEpisode(Guid.NewGuid(), child, CaseState.Review)]).Case!;

        var outcome = new WorkflowEngine(Runs.Library).Start(Runs.Single("early-help/check-open-episode"), Guid.NewGuid(), subject.Id,
            new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(), new StepEnvironment(at, WorkingDayCalendar.EnglandAndWales(), subject, null, Actor.System));

        Assert.Contains(outcome.Trace, t => t.Line == "Note step opened as a new episode while another episode for a child was open");
        Assert.Contains(outcome.Trace, t => t.Line == "Completed step via found");
    }
}
