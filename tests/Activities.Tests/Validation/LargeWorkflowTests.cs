using System.Globalization;
using System.Text.Json;
using EarlyHelp.Workflows.Definitions;
using static EarlyHelp.Activities.Tests.Validation.ValidationFixtures;

namespace EarlyHelp.Activities.Tests.Validation;

/// <summary>A 200-activity workflow, of the size a council's full pathway reaches, validates in one pass.</summary>
public class LargeWorkflowTests
{
    private const int Blocks = 49;

    [Fact]
    public void A_generated_200_activity_workflow_has_no_issues()
    {
        var workflow = Generated();

        var report = WorkflowValidator.Validate(workflow, Library);

        Assert.Equal(200, workflow.Activities.Count);
        Assert.True(report.IsValid, report.ToString());
    }

    [Fact]
    public void The_problems_planted_in_a_generated_200_activity_workflow_are_each_found_once()
    {
        var workflow = Generated();
        var busy = new Connection("note", "done", "decide-10");
        var planted = workflow with
        {
            Connections = [.. workflow.Connections.Where(c => c.To != "decide-30"), new Connection("join-5", "done", "gone"), new Connection("decide-10", "true", "note"), busy],
        };

        var issues = WorkflowValidator.Validate(planted, Library).Issues;

        Assert.Single(issues, i => i.Code == "dangling-connection" && i.ActivityId == "join-5");
        Assert.Single(issues, i => i.Code == "loop-without-wait" && i.ActivityId == "decide-10" && i.Message.StartsWith("\"decide-10\", \"note\"", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Code == "unreachable-activity" && i.ActivityId == "decide-30");
        Assert.All(issues, i => Assert.True(i.Code is "dangling-connection" or "loop-without-wait" or "unreachable-activity", i.ToString()));
    }

    /// <summary>
    /// start, then 49 blocks of a decision, two tasks (one can send the case round again) and a join in "all" mode,
    /// then a delay, a set-variable and a finish: 200 activities.
    /// </summary>
    private static WorkflowDefinition Generated()
    {
        var activities = new List<ActivityDefinition> { Activity("start", "flow/start", "{}") };
        var connections = new List<Connection>();
        var previous = ("start", "next");
        for (var i = 0; i < Blocks; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            activities.Add(Activity($"decide-{n}", "flow/decision", $$"""{ "condition": { "field": "case.childCount", "op": "atLeast", "value": {{n}} } }"""));
            activities.Add(Activity($"visit-{n}", "flow/human-task", """{ "taskType": "visit", "title": "Visit the family", "assignee": { "leadPractitioner": true }, "outcomes": ["done", "again"], "due": { "workingDays": 5 } }"""));
            activities.Add(Activity($"call-{n}", "flow/human-task", """{ "taskType": "call", "title": "Call the school", "assignee": { "team": "schools" } }"""));
            activities.Add(Activity($"join-{n}", "flow/join", """{ "mode": "all" }"""));
            connections.Add(new Connection(previous.Item1, previous.Item2, $"decide-{n}"));
            connections.Add(new Connection($"decide-{n}", "true", $"visit-{n}"));
            connections.Add(new Connection($"decide-{n}", "false", $"call-{n}"));
            connections.Add(new Connection($"visit-{n}", "done", $"join-{n}"));
            connections.Add(new Connection($"visit-{n}", "again", $"decide-{n}"));
            connections.Add(new Connection($"call-{n}", "done", $"join-{n}"));
            previous = ($"join-{n}", "done");
        }

        activities.Add(Activity("pause", "flow/delay", """{ "duration": { "weeks": 12 } }"""));
        activities.Add(Activity("note", "flow/set-variable", """{ "variable": "finishedAt", "value": "2027-03-31" }"""));
        activities.Add(Activity("end", "flow/finish", "{}"));
        connections.Add(new Connection(previous.Item1, previous.Item2, "pause"));
        connections.Add(new Connection("pause", "done", "note"));
        connections.Add(new Connection("note", "done", "end"));
        return new WorkflowDefinition(
            "generated", "Generated", 1, DefinitionStatus.Draft, null,
            [new VariableDefinition("finishedAt", VariableType.Date, null, null)],
            activities, connections, new Dictionary<string, ActivityPosition>());
    }

    private static ActivityDefinition Activity(string id, string type, string inputs)
    {
        using var document = JsonDocument.Parse(inputs);
        return new ActivityDefinition(id, type, 1, null, document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()));
    }
}
