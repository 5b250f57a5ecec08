using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Activities.Tests.EarlyHelp;

/// <summary>Closure, the exit survey, and the messages queued for the notification outbox.</summary>
public class ClosureAndMessagesTests
{
    private const string Request = """{"reason": "outcomes-met", "familyViews": "Things are calmer at home", "childViews": "School is better"}""";
    private const string Survey = """{"treatedWithRespect": "agree", "listenedTo": "agree", "helpedWithIssues": "neutral", "comment": null}""";

    private static Step WaitFor(string name) => new("wait", "flow/wait-for-event", $$"""{"event": "{{name}}"}""", "received");

    [Fact]
    public void Closure_is_requested_by_the_lead_practitioner_and_signed_off_by_a_manager_within_five_working_days()
    {
        var workflow = Runs.Chain(WaitFor("case/taf-meeting-held"), new Step("close", "early-help/close-case"));

        var result = Runs.Run(workflow, new Script().InReview("2026-04-01 09:10")
            .Complete("2026-06-01 10:00", "close", "requested", Request)
            .Complete("2026-06-02 10:00", "close", "signed-off", """{"note": null}""")
            .Complete("2026-06-03 10:00", "close", "signed-off", """{"note": "Good work"}""", Script.TeamManager));

        result.AssertInOrder(
            "TaskCreated close closure-request for person lp-7",
            "Lifecycle close RequestClosure: Review -> Review",
            "TaskCreated close closure-sign-off for role team-manager due 2026-06-08",
            "Refused the case lifecycle refused SignOffClosure: signing off a closure must be done by a team manager",
            "Lifecycle close SignOffClosure: Review -> Closed",
            "Completed close via closed");
        Assert.Equal(CaseState.Closed, result.Case!.State);
        Assert.Equal(ClosureReason.OutcomesMet, result.Case.EndReason);
    }

    [Fact]
    public void A_closure_request_without_the_childs_views_is_refused()
    {
        var workflow = Runs.Chain(WaitFor("case/taf-meeting-held"), new Step("close", "early-help/close-case"));

        var result = Runs.Run(workflow, new Script().InReview("2026-04-01 09:10")
            .Complete("2026-06-01 10:00", "close", "requested", """{"reason": "outcomes-met", "familyViews": "Calmer", "childViews": " "}"""));

        result.AssertInOrder("Refused the case lifecycle refused RequestClosure: the child's views is missing");
        Assert.Null(result.Case!.ClosureRequest);
    }

    [Fact]
    public void A_closure_already_requested_on_the_case_page_goes_straight_to_sign_off()
    {
        var workflow = Runs.Chain(WaitFor("case/closure-requested"), new Step("close", "early-help/close-case"));

        var result = Runs.Run(workflow, new Script().InReview("2026-04-01 09:10").Change("2026-06-01 10:00", "request-closure", Request, Script.LeadPractitioner));

        result.AssertInOrder("Note close closure was already requested", "TaskCreated close closure-sign-off for role team-manager due 2026-06-08");
    }

    [Fact]
    public void The_exit_survey_goes_to_the_last_lead_practitioner_of_the_closed_case()
    {
        var workflow = Runs.Chain(WaitFor("case/closure-signed-off"), new Step("survey", "early-help/exit-survey"));

        var result = Runs.Run(workflow, new Script().InReview("2026-04-01 09:10")
            .Change("2026-06-01 10:00", "request-closure", Request, Script.LeadPractitioner)
            .Change("2026-06-02 10:00", "sign-off-closure", """{"note": null}""", Script.TeamManager)
            .Complete("2026-06-20 10:00", "survey", "done", Survey));

        result.AssertInOrder(
            "TaskCreated survey exit-survey for person lp-7",
            "Lifecycle survey RecordExitSurvey: Closed -> Closed",
            "Completed survey via done");
        Assert.Equal(SurveyAnswer.Neutral, result.Case!.ExitSurvey!.Fact.HelpedWithIssues);
    }

    [Fact]
    public void A_survey_the_family_did_not_return_records_nothing()
    {
        var result = Runs.Run(Runs.Single("early-help/exit-survey", """{"assignee": {"role": "team-manager"}}"""), new Script()
            .Complete("2026-06-20 10:00", "step", "not-returned", null, Script.TeamManager));

        result.AssertInOrder("Note step the family did not return the exit survey", "Completed step via not-returned");
        Assert.Null(result.Case!.ExitSurvey);
    }

    [Fact]
    public void An_exit_survey_for_an_enquiry_closed_at_triage_is_refused()
    {
        var workflow = Runs.Chain(WaitFor("case/triage-decided"), new Step("survey", "early-help/exit-survey", """{"assignee": {"role": "team-manager"}}"""));

        var result = Runs.Run(workflow, new Script().Triaged("2026-04-01 10:00", "no-further-action", "universal")
            .Complete("2026-04-02 10:00", "survey", "done", Survey, Script.TeamManager));

        result.AssertInOrder("Refused the case lifecycle refused RecordExitSurvey: the enquiry closed at triage: there was no Early Help to survey");
    }

    [Fact]
    public void Notifying_the_referrer_notes_the_message_and_queues_it_in_the_outbox_without_personal_data()
    {
        var result = Runs.Run(Runs.Single("early-help/notify-referrer", """{"template": "triage-outcome", "outbox": "outbox"}"""), new Script());

        result.AssertInOrder("Note step notify referrer: triage-outcome (1 enquiry)", "Completed step via done");
        var queued = Assert.Single(result.Instance.Variables["outbox"]!.AsArray());
        var message = JsonNode.Parse(queued!.GetValue<string>())!;
        Assert.Equal("notify-referrer", message["kind"]!.GetValue<string>());
        Assert.Equal("triage-outcome", message["template"]!.GetValue<string>());
        Assert.Equal(result.Case!.Enquiries[0].Id.ToString(), message["enquiryIds"]![0]!.GetValue<string>());
        Assert.DoesNotContain("Scenario referrer", queued.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reminder_goes_to_the_lead_practitioner_and_is_queued()
    {
        var workflow = Runs.Chain(WaitFor("case/lead-practitioner-allocated"), new Step("remind", "early-help/send-reminder", """{"template": "review-due", "outbox": "outbox"}"""));

        var result = Runs.Run(workflow, new Script().Triaged("2026-04-01 09:10").Allocated("2026-04-01 09:20"));

        result.AssertInOrder("Note remind reminder: review-due to person lp-7", "Completed remind via done");
        var message = JsonNode.Parse(Assert.Single(result.Instance.Variables["outbox"]!.AsArray())!.GetValue<string>())!;
        Assert.Equal("person", message["to"]!["kind"]!.GetValue<string>());
        Assert.Equal("lp-7", message["to"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void A_reminder_without_an_outbox_is_only_noted()
    {
        var result = Runs.Run(Runs.Single("early-help/send-reminder", """{"template": "panel-agenda", "to": {"role": "panel-chair"}}"""), new Script());

        result.AssertInOrder("Note step reminder: panel-agenda to role panel-chair", "Completed step via done");
        Assert.Empty(result.Instance.Variables["outbox"]!.AsArray());
    }
}
