using System.Text.Json;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Tests.Validation.ValidationFixtures;

namespace EarlyHelp.Activities.Tests.Validation;

/// <summary>Each kind of bad definition gets its own code, where it applies, and a message that says what to do.</summary>
public class WorkflowValidatorTests
{
    [Fact]
    public void A_good_definition_has_no_issues()
    {
        var report = Validate(ReferralToClosure);

        Assert.True(report.IsValid, report.ToString());
    }

    [Fact]
    public void Two_activities_with_one_id_are_a_duplicate_activity_id()
    {
        var json = Workflow(
            $"{Activity("pause", "flow/delay", """{ "duration": { "hours": 1 } }""")}, {Activity("pause", "flow/delay", """{ "duration": { "hours": 2 } }""")}",
            Connection("start", "next", "pause"));

        var issue = SingleIssue(json);

        Assert.Equal(("duplicate-activity-id", "pause", null), Where(issue));
        Assert.Contains("activities 2 and 3", issue.Message);
    }

    [Fact]
    public void Two_variables_with_one_name_are_a_duplicate_variable()
    {
        var json = StartThen(Activity("end", "flow/finish"), """{ "name": "declined", "type": "boolean" }, { "name": "declined", "type": "text" }""");

        var issue = SingleIssue(json);

        Assert.Equal(("duplicate-variable", null, null), Where(issue));
        Assert.Contains("\"declined\"", issue.Message);
    }

    [Fact]
    public void An_activity_id_with_a_space_is_an_invalid_id()
    {
        var issue = SingleIssue(StartThen(Activity("the end", "flow/finish")));

        Assert.Equal(("invalid-id", "the end", null), Where(issue));
        Assert.Contains("kebab-case or camelCase", issue.Message);
    }

    [Fact]
    public void A_variable_name_with_a_hyphen_is_an_invalid_id()
    {
        var issue = SingleIssue(StartThen(Activity("end", "flow/finish"), """{ "name": "family-declined", "type": "boolean" }"""));

        Assert.Equal(("invalid-id", null, null), Where(issue));
        Assert.Contains("camelCase", issue.Message);
    }

    [Fact]
    public void A_variable_default_of_another_type_is_an_invalid_variable_default()
    {
        var issue = SingleIssue(StartThen(Activity("end", "flow/finish"), """{ "name": "reviewDate", "type": "date", "default": "1 April 2026" }"""));

        Assert.Equal(("invalid-variable-default", null, null), Where(issue));
        Assert.Contains("yyyy-MM-dd", issue.Message);
    }

    [Fact]
    public void An_unknown_activity_type_suggests_the_closest_known_type()
    {
        var issue = SingleIssue(StartThen(Activity("choose", "flow/decison", """{ "condition": true }""")));

        Assert.Equal(("unknown-activity-type", "choose", null), Where(issue));
        Assert.Contains("did you mean \"flow/decision\"?", issue.Message);
    }

    [Fact]
    public void An_activity_type_written_without_its_prefix_suggests_the_full_key()
    {
        var issue = SingleIssue(StartThen(Activity("pause", "delay", """{ "duration": { "hours": 1 } }""")));

        Assert.Contains("did you mean \"flow/delay\"?", issue.Message);
    }

    [Fact]
    public void An_unknown_activity_type_with_nothing_close_lists_the_known_types_of_its_family()
    {
        var issue = SingleIssue(StartThen(Activity("beam", "flow/teleport-family")));

        Assert.Equal(("unknown-activity-type", "beam", null), Where(issue));
        Assert.Contains("the flow/ types are flow/", issue.Message);
        Assert.Contains("flow/wait-for-first", issue.Message);
    }

    [Fact]
    public void An_unknown_activity_type_of_no_known_family_names_the_families()
    {
        var issue = SingleIssue(StartThen(Activity("beam", "acme/teleport-family")));

        Assert.Equal(("unknown-activity-type", "beam", null), Where(issue));
        Assert.Contains("type keys start with ", issue.Message);
        Assert.Contains(" flow/", issue.Message);
    }

    [Fact]
    public void An_unknown_version_of_a_known_type_lists_the_known_versions()
    {
        var json = StartThen("""{ "id": "pause", "type": "flow/delay", "typeVersion": 7, "inputs": { "duration": { "hours": 1 } } }""");

        var issue = SingleIssue(json);

        Assert.Equal(("unknown-activity-version", "pause", null), Where(issue));
        Assert.Contains("no version 7; the known versions are 1", issue.Message);
    }

    [Fact]
    public void A_required_input_that_is_not_given_is_a_missing_input()
    {
        var issue = SingleIssue(StartThen(Activity("pause", "flow/delay")));

        Assert.Equal(("missing-input", "pause", "duration"), Where(issue));
        Assert.Contains("How long", issue.Message);
    }

    [Fact]
    public void A_required_input_given_as_null_is_a_missing_input()
    {
        var issue = SingleIssue(StartThen(Activity("pause", "flow/delay", """{ "duration": null }""")));

        Assert.Equal(("missing-input", "pause", "duration"), Where(issue));
    }

    [Fact]
    public void An_input_the_type_does_not_have_is_an_unknown_input_with_the_closest_name()
    {
        var issue = SingleIssue(StartThen(Activity("pause", "flow/delay", """{ "duration": { "hours": 1 }, "durations": { "hours": 2 } }""")));

        Assert.Equal(("unknown-input", "pause", "durations"), Where(issue));
        Assert.Contains("(did you mean \"duration\"?)", issue.Message);
    }

    [Fact]
    public void Blank_text_is_an_invalid_input()
    {
        var issue = SingleIssue(StartThen(Activity("wait", "flow/wait-for-event", """{ "event": " " }""")));

        Assert.Equal(("invalid-input", "wait", "event"), Where(issue));
        Assert.Contains("non-empty text", issue.Message);
    }

    [Fact]
    public void A_fraction_where_a_whole_number_is_needed_is_an_invalid_input()
    {
        var json = Workflow(
            $"{Activity("again", "flow/loop", """{ "maxIterations": 2.5 }""")}, {Activity("pause", "flow/delay", """{ "duration": { "hours": 1 } }""")}",
            $"{Connection("start", "next", "again")}, {Connection("again", "body", "pause")}, {Connection("pause", "done", "again")}");

        var issue = SingleIssue(json);

        Assert.Equal(("invalid-input", "again", "maxIterations"), Where(issue));
        Assert.Contains("whole number, and it is the number 2.5", issue.Message);
    }

    [Fact]
    public void Text_where_true_or_false_is_needed_is_an_invalid_input()
    {
        var probe = new ProbeActivity(ProbeActivity.Described("test/probe", new InputDescriptor("urgent", InputType.Boolean, true, null, "Is it urgent?")));

        var issue = SingleIssue(StartThen(Activity("probe", "test/probe", """{ "urgent": "yes" }""")), ProbeActivity.CatalogueWith(probe));

        Assert.Equal(("invalid-input", "probe", "urgent"), Where(issue));
        Assert.Contains("true or false", issue.Message);
    }

    [Fact]
    public void A_word_that_is_not_one_of_a_choice_lists_the_choices()
    {
        var json = StartThen(Activity("end", "flow/finish", """{ "outcome": "canceled" }"""));

        var issue = SingleIssue(json);

        Assert.Equal(("invalid-input", "end", "outcome"), Where(issue));
        Assert.Contains("one of \"completed\", \"cancelled\"", issue.Message);
        Assert.Contains("did you mean \"cancelled\"?", issue.Message);
    }

    [Fact]
    public void A_list_with_something_other_than_text_is_an_invalid_input()
    {
        var issue = SingleIssue(StartThen(Activity("split", "flow/fork", """{ "branches": ["left", 2] }""")));

        Assert.Equal(("invalid-input", "split", "branches"), Where(issue));
        Assert.Contains("list of texts", issue.Message);
    }

    [Fact]
    public void Ports_named_twice_in_a_list_are_an_invalid_input()
    {
        var issue = SingleIssue(StartThen(Activity("split", "flow/fork", """{ "branches": ["left", "left"] }""")));

        Assert.Equal(("invalid-input", "split", "branches"), Where(issue));
        Assert.Contains("\"left\" is named more than once", issue.Message);
    }

    [Fact]
    public void A_duration_with_an_unknown_unit_passes_on_the_durations_own_message()
    {
        var issue = SingleIssue(StartThen(Activity("pause", "flow/delay", """{ "duration": { "days": 3 } }""")));

        Duration.TryRead(JsonSerializer.Deserialize<JsonElement>("""{ "days": 3 }"""), out _, out var expected);
        Assert.Equal(("invalid-input", "pause", "duration"), Where(issue));
        Assert.Equal(expected, issue.Message);
    }

    [Fact]
    public void Each_mistake_in_a_condition_is_an_invalid_input_with_its_path()
    {
        var json = StartThen(Activity("choose", "flow/decision", """
            { "condition": { "all": [
                { "field": "case.levelOfNeeds", "op": "atLeast", "value": "complex" },
                { "field": "case.urgency", "op": "==", "value": "urgent" } ] } }
            """));

        var issues = Validate(json).Issues;

        Assert.Equal(2, issues.Count);
        Assert.All(issues, issue => Assert.Equal(("invalid-input", "choose", "condition"), Where(issue)));
        Assert.StartsWith("condition.all[0].field: ", issues[0].Message);
        Assert.Contains("case.levelOfNeed", issues[0].Message);
        Assert.StartsWith("condition.all[1].op: ", issues[1].Message);
        Assert.Contains("equals", issues[1].Message);
    }

    [Fact]
    public void A_condition_may_name_only_declared_variables()
    {
        var json = StartThen(Activity("choose", "flow/decision", """{ "condition": { "field": "variables.familyDeclined", "op": "equals", "value": true } }"""));

        var issue = SingleIssue(json);

        Assert.Equal(("invalid-input", "choose", "condition"), Where(issue));
        Assert.Contains("No variable \"familyDeclined\" is declared", issue.Message);
    }

    [Fact]
    public void A_switch_with_two_cases_for_one_port_is_an_invalid_input()
    {
        var json = StartThen(Activity("route", "flow/switch", """
            { "cases": [ { "port": "police", "when": true }, { "port": "police", "when": false } ] }
            """));

        var issue = SingleIssue(json);

        Assert.Equal(("invalid-input", "route", "cases"), Where(issue));
        Assert.Contains("\"police\" is named more than once", issue.Message);
    }

    [Fact]
    public void A_mistake_in_a_cases_condition_has_the_cases_path()
    {
        var json = StartThen(Activity("route", "flow/switch", """
            { "cases": [ { "port": "older", "when": { "field": "case.oldestChildAge", "op": "atLeast", "value": "twelve" } } ] }
            """));

        var issue = SingleIssue(json);

        Assert.Equal(("invalid-input", "route", "cases"), Where(issue));
        Assert.StartsWith("cases[0].when.value: ", issue.Message);
    }

    [Fact]
    public void An_assignee_that_is_not_an_object_is_an_invalid_input()
    {
        var json = StartThen(Activity("task", "flow/human-task", """{ "taskType": "review", "title": "Review", "assignee": "triage-team" }"""));

        var issue = SingleIssue(json);

        Assert.Equal(("invalid-input", "task", "assignee"), Where(issue));
        Assert.Contains("{\"team\": id}", issue.Message);
    }

    [Fact]
    public void An_assignee_the_task_does_not_understand_is_an_invalid_input_from_the_tasks_own_rules()
    {
        var json = StartThen(Activity("task", "flow/human-task", """{ "taskType": "review", "title": "Review", "assignee": { "group": "triage" } }"""));

        var issue = SingleIssue(json);

        Assert.Equal(("invalid-input", "task", "assignee"), Where(issue));
        Assert.StartsWith("an assignee is one of", issue.Message);
    }

    [Fact]
    public void A_milestone_state_that_is_not_a_case_state_is_an_invalid_input()
    {
        var json = StartThen(Activity("task", "flow/human-task", """
            { "taskType": "review", "title": "Review", "assignee": { "role": "manager" }, "onlyWhileCaseIn": ["taf"] }
            """));

        var issue = SingleIssue(json);

        Assert.Equal(("invalid-input", "task", "onlyWhileCaseIn"), Where(issue));
        Assert.Contains("'taf' is not a case state", issue.Message);
    }

    [Fact]
    public void Cancelling_an_activity_that_does_not_exist_is_an_invalid_input()
    {
        var json = Workflow(
            $"{Activity("remind", "flow/delay", """{ "duration": { "weeks": 1 } }""")}, {Activity("stop", "flow/cancel-region", """{ "activities": ["remnd"] }""")}",
            $"{Connection("start", "next", "remind")}, {Connection("remind", "done", "stop")}");

        var issue = SingleIssue(json);

        Assert.Equal(("invalid-input", "stop", "activities"), Where(issue));
        Assert.Contains("no activity \"remnd\" in this workflow; did you mean \"remind\"?", issue.Message);
    }

    [Fact]
    public void A_variable_name_that_is_not_declared_is_an_invalid_input()
    {
        var json = StartThen(Activity("set", "flow/set-variable", """{ "variable": "atempts", "value": 1 }"""), """{ "name": "attempts", "type": "number" }""");

        var issue = SingleIssue(json);

        Assert.Equal(("invalid-input", "set", "variable"), Where(issue));
        Assert.Contains("did you mean \"attempts\"?", issue.Message);
    }

    [Fact]
    public void A_value_of_another_type_than_its_variable_is_an_invalid_input()
    {
        var json = StartThen(Activity("set", "flow/set-variable", """{ "variable": "attempts", "value": "two" }"""), """{ "name": "attempts", "type": "number" }""");

        var issue = SingleIssue(json);

        Assert.Equal(("invalid-input", "set", "value"), Where(issue));
        Assert.Contains("\"attempts\" is a number", issue.Message);
    }

    [Fact]
    public void Null_clears_a_variable_of_any_type()
    {
        var json = StartThen(Activity("set", "flow/set-variable", """{ "variable": "attempts", "value": null }"""), """{ "name": "attempts", "type": "number" }""");

        Assert.Equal(("missing-input", "set", "value"), Where(SingleIssue(json)));
    }

    [Fact]
    public void An_alternative_with_both_an_event_and_a_time_is_an_invalid_input()
    {
        var json = StartThen(Activity("first", "flow/wait-for-first", """
            { "alternatives": [ { "port": "agreed", "event": "plan-agreed", "after": { "weeks": 2 } } ] }
            """));

        var issue = SingleIssue(json);

        Assert.Equal(("invalid-input", "first", "alternatives"), Where(issue));
        Assert.Contains("not both", issue.Message);
    }

    [Fact]
    public void Alternatives_with_one_port_twice_are_an_invalid_input()
    {
        var json = StartThen(Activity("first", "flow/wait-for-first", """
            { "alternatives": [ { "port": "over", "event": "plan-agreed" }, { "port": "over", "after": { "weeks": 2 } } ] }
            """));

        var issue = SingleIssue(json);

        Assert.Equal(("invalid-input", "first", "alternatives"), Where(issue));
        Assert.Contains("\"over\" is named more than once", issue.Message);
    }

    [Fact]
    public void An_activitys_own_rule_that_names_no_input_is_an_invalid_activity()
    {
        var probe = new ProbeActivity(ProbeActivity.Described("test/probe"), "a probe cannot follow a start");

        var issue = SingleIssue(StartThen(Activity("probe", "test/probe")), ProbeActivity.CatalogueWith(probe));

        Assert.Equal(("invalid-activity", "probe", null), Where(issue));
        Assert.Equal("a probe cannot follow a start", issue.Message);
    }

    [Fact]
    public void A_join_with_one_incoming_connection_never_fires()
    {
        var json = Workflow(Activity("join", "flow/join"), Connection("start", "next", "join"));

        var issue = SingleIssue(json);

        Assert.Equal(("join-never-fires", "join", null), Where(issue));
        Assert.Contains("at least two incoming connections", issue.Message);
    }

    [Fact]
    public void A_join_counting_more_branches_than_arrive_never_fires()
    {
        var json = Workflow(
            $"{Activity("split", "flow/fork", """{ "branches": ["a", "b"] }""")}, {Activity("join", "flow/join", """{ "mode": "count", "count": 3 }""")}",
            $"{Connection("start", "next", "split")}, {Connection("split", "a", "join")}, {Connection("split", "b", "join")}");

        var issue = SingleIssue(json);

        Assert.Equal(("join-never-fires", "join", null), Where(issue));
        Assert.Contains("waits for 3 branches but only 2", issue.Message);
    }

    [Fact]
    public void A_join_in_all_mode_after_exclusive_branches_is_fine()
    {
        var json = Workflow(
            $"{Activity("choose", "flow/decision", """{ "condition": { "field": "case.urgency", "op": "equals", "value": "urgent" } }""")}, {Activity("join", "flow/join", """{ "mode": "all" }""")}",
            $"{Connection("start", "next", "choose")}, {Connection("choose", "true", "join")}, {Connection("choose", "false", "join")}");

        var report = Validate(json);

        Assert.True(report.IsValid, report.ToString());
    }

    [Fact]
    public void A_workflow_without_a_start_has_no_start()
    {
        var json = """
            { "id": "test", "name": "Test", "version": 1, "status": "draft",
              "activities": [ { "id": "end", "type": "flow/finish", "typeVersion": 1 } ] }
            """;

        var issue = SingleIssue(json);

        Assert.Equal(("no-start", null, null), Where(issue));
        Assert.Contains("flow/start", issue.Message);
    }

    [Fact]
    public void A_second_start_is_reported_as_several_starts()
    {
        var json = Workflow($"{Activity("again", "flow/start")}, {Activity("end", "flow/finish")}", $"{Connection("start", "next", "end")}, {Connection("again", "next", "end")}");

        var issue = SingleIssue(json);

        Assert.Equal(("several-starts", "again", null), Where(issue));
        Assert.Contains("already starts at \"start\"", issue.Message);
    }

    [Fact]
    public void A_connection_to_an_activity_that_does_not_exist_is_dangling()
    {
        var json = Workflow(Activity("end", "flow/finish"), $"{Connection("start", "next", "end")}, {Connection("start", "next", "ned")}");

        var issue = SingleIssue(json);

        Assert.Equal(("dangling-connection", "start", null), Where(issue));
        Assert.Contains("no activity \"ned\" (did you mean \"end\"?)", issue.Message);
    }

    [Fact]
    public void A_connection_from_a_port_the_activity_does_not_have_lists_its_ports()
    {
        var json = Workflow(
            $"{Activity("choose", "flow/decision", """{ "condition": true }""")}, {Activity("end", "flow/finish")}",
            $"{Connection("start", "next", "choose")}, {Connection("choose", "yes", "end")}, {Connection("choose", "false", "end")}");

        var issue = SingleIssue(json);

        Assert.Equal(("unknown-port", "choose", null), Where(issue));
        Assert.Contains("its ports are \"true\", \"false\"", issue.Message);
    }

    [Fact]
    public void A_task_without_outcomes_leaves_by_its_default_outcome()
    {
        var json = Workflow(
            $"{Activity("task", "flow/human-task", """{ "taskType": "review", "title": "Review", "assignee": { "role": "manager" } }""")}, {Activity("end", "flow/finish")}",
            $"{Connection("start", "next", "task")}, {Connection("task", "done", "end")}");

        var report = Validate(json);

        Assert.True(report.IsValid, report.ToString());
    }

    [Fact]
    public void The_same_connection_twice_is_a_duplicate_connection()
    {
        var json = Workflow(Activity("end", "flow/finish"), $"{Connection("start", "next", "end")}, {Connection("start", "next", "end")}");

        var issue = SingleIssue(json);

        Assert.Equal(("duplicate-connection", "start", null), Where(issue));
        Assert.Contains("start.next -> end", issue.Message);
    }

    [Fact]
    public void A_connection_into_the_start_is_refused()
    {
        var json = Workflow(
            Activity("pause", "flow/delay", """{ "duration": { "hours": 1 } }"""),
            $"{Connection("start", "next", "pause")}, {Connection("pause", "done", "start")}");

        var issue = SingleIssue(json);

        Assert.Equal(("connection-into-start", "start", null), Where(issue));
    }

    [Fact]
    public void An_activity_nothing_leads_to_is_unreachable()
    {
        var json = Workflow($"{Activity("end", "flow/finish")}, {Activity("orphan", "flow/finish")}", Connection("start", "next", "end"));

        var issue = SingleIssue(json);

        Assert.Equal(("unreachable-activity", "orphan", null), Where(issue));
    }

    [Fact]
    public void A_loop_in_which_nothing_waits_names_its_activities_in_order()
    {
        var json = Workflow(
            $"{Activity("check", "flow/decision", """{ "condition": { "field": "case.childCount", "op": "atLeast", "value": 2 } }""")}, {Activity("note", "flow/set-variable", """{ "variable": "rounds", "value": 1 }""")}, {Activity("end", "flow/finish")}",
            $"{Connection("start", "next", "check")}, {Connection("check", "true", "note")}, {Connection("note", "done", "check")}, {Connection("check", "false", "end")}",
            """{ "name": "rounds", "type": "number" }""");

        var issue = SingleIssue(json);

        Assert.Equal(("loop-without-wait", "check", null), Where(issue));
        Assert.StartsWith("\"check\", \"note\" form a loop in which nothing waits", issue.Message);
        Assert.Contains("flow/loop", issue.Message);
    }

    [Fact]
    public void An_activity_connected_to_itself_without_waiting_is_a_loop_without_wait()
    {
        var json = Workflow(
            Activity("check", "flow/decision", """{ "condition": true }"""),
            $"{Connection("start", "next", "check")}, {Connection("check", "true", "check")}");

        Assert.Equal(("loop-without-wait", "check", null), Where(SingleIssue(json)));
    }

    [Fact]
    public void A_loop_through_a_human_task_is_fine()
    {
        var json = Workflow(
            $"{Activity("review", "flow/human-task", """{ "taskType": "review", "title": "Review the plan", "assignee": { "leadPractitioner": true }, "outcomes": ["again", "finished"] }""")}, {Activity("check", "flow/decision", """{ "condition": true }""")}",
            $"{Connection("start", "next", "review")}, {Connection("review", "again", "check")}, {Connection("check", "true", "review")}");

        var report = Validate(json);

        Assert.True(report.IsValid, report.ToString());
    }

    [Fact]
    public void A_layout_position_for_an_activity_that_does_not_exist_is_reported()
    {
        var json = StartThen(Activity("end", "flow/finish")).Replace("\"connections\"", "\"layout\": { \"ned\": { \"x\": 1, \"y\": 2 } },\n  \"connections\"", StringComparison.Ordinal);

        var issue = SingleIssue(json);

        Assert.Equal(("layout-unknown-activity", null, null), Where(issue));
        Assert.Contains("did you mean \"end\"?", issue.Message);
    }

    [Fact]
    public void Every_code_the_validator_reports_is_a_listed_validation_code()
    {
        var json = Workflow(
            $"{Activity("pause", "flow/delay")}, {Activity("pause", "flow/dealy")}, {Activity("join", "flow/join")}",
            $"{Connection("start", "next", "join")}, {Connection("start", "nowhere", "pause")}, {Connection("start", "next", "gone")}");

        var codes = Validate(json).Issues.Select(i => i.Code).Distinct().ToList();

        Assert.True(codes.Count >= 5, string.Join(", ", codes));
        Assert.All(codes, code => Assert.Contains(code, ValidationCodes.All));
    }
}
