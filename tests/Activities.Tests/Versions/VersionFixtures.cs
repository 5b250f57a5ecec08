using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Activities.Tests.Versions;

/// <summary>Small pairs of workflow versions written as JSON, and an engine to run instances on them.</summary>
internal static class VersionFixtures
{
    public static ActivityCatalogue Library { get; } = ActivityLibrary.Catalogue();

    public static WorkflowEngine Engine { get; } = new(Library);

    public static StepEnvironment Environment { get; } =
        new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), WorkingDayCalendar.EnglandAndWales(), null, null, Actor.System);

    public static Actor Administrator { get; } = new("admin-1", ActorRole.Administrator);

    /// <summary>v1: start, then the human task "review-a".</summary>
    public static WorkflowDefinition ReviewV1 { get; } = Read(Workflow(1, "published",
        Task("review-a", "Review the plan"),
        Connection("start", "next", "review-a")));

    /// <summary>v2: start, then the human task "review-b", then the human task "close".</summary>
    public static WorkflowDefinition ReviewV2 { get; } = Read(Workflow(2, "published",
        Task("review-b", "Review the plan") + ", " + Task("close", "Close the case"),
        Connection("start", "next", "review-b") + ", " + Connection("review-b", "done", "close")));

    /// <summary>v1: a fork into the tasks "task-a" and "task-b", joined by "join", then the task "after".</summary>
    public static WorkflowDefinition ForkV1 { get; } = Read(Workflow(1, "published",
        ForkAndJoin("task-a", "join"),
        ForkAndJoinConnections("task-a", "join"),
        """{ "name": "attempts", "type": "number", "default": 0 }"""));

    /// <summary>v2: as v1, but "task-a" is "check-a" and the join is "meet"; a new variable "notes".</summary>
    public static WorkflowDefinition ForkV2 { get; } = Read(Workflow(2, "published",
        ForkAndJoin("check-a", "meet"),
        ForkAndJoinConnections("check-a", "meet"),
        """{ "name": "attempts", "type": "number", "default": 0 }, { "name": "notes", "type": "text", "default": "none yet" }"""));

    public static string Workflow(int version, string status, string activities, string connections, string variables = "", string layout = "") => $$"""
        {
          "id": "review-pathway",
          "name": "Review pathway",
          "version": {{version}},
          "status": "{{status}}",
          "variables": [ {{variables}} ],
          "activities": [ { "id": "start", "type": "flow/start", "typeVersion": 1, "inputs": {} }, {{activities}} ],
          "connections": [ {{connections}} ],
          "layout": { {{layout}} }
        }
        """;

    public static string Task(string id, string title, string outcomes = """["done"]""") =>
        $$"""{ "id": "{{id}}", "type": "flow/human-task", "typeVersion": 1, "inputs": { "taskType": "review", "title": "{{title}}", "assignee": { "team": "early-help-hub" }, "outcomes": {{outcomes}} } }""";

    public static string Delay(string id) =>
        $$"""{ "id": "{{id}}", "type": "flow/delay", "typeVersion": 1, "inputs": { "duration": { "workingDays": 5 } } }""";

    public static string Connection(string from, string port, string to) =>
        $$"""{ "from": "{{from}}", "port": "{{port}}", "to": "{{to}}" }""";

    public static WorkflowDefinition Read(string json)
    {
        var (definition, report) = WorkflowDefinitionJson.Read(json);
        Assert.True(definition is not null, $"the fixture does not read: {report}");
        return definition;
    }

    /// <summary>Starts an instance on a version; returns it and the tasks it created.</summary>
    public static StepOutcome Start(WorkflowDefinition definition) =>
        Engine.Start(definition, Guid.NewGuid(), null, new Dictionary<string, JsonNode?>(), Environment);

    /// <summary>Completes a task with "done".</summary>
    public static StepOutcome Complete(WorkflowDefinition definition, WorkflowInstance instance, Guid taskId)
    {
        var outcome = Engine.Resume(definition, instance, new TaskCompleted(taskId, "done", null, Administrator), Environment);
        Assert.False(outcome.IsRefused, outcome.RefusalReason);
        return outcome;
    }

    public static Dictionary<string, string> Map(params (string From, string To)[] pairs) =>
        pairs.ToDictionary(p => p.From, p => p.To);

    private static string ForkAndJoin(string taskA, string join) => string.Join(", ",
        """{ "id": "split", "type": "flow/fork", "typeVersion": 1, "inputs": { "branches": ["a", "b"] } }""",
        Task(taskA, "First check"),
        Task("task-b", "Second check"),
        $$"""{ "id": "{{join}}", "type": "flow/join", "typeVersion": 1, "inputs": { "mode": "all" } }""",
        Task("after", "Agree the plan"));

    private static string ForkAndJoinConnections(string taskA, string join) => string.Join(", ",
        Connection("start", "next", "split"),
        Connection("split", "a", taskA),
        Connection("split", "b", "task-b"),
        Connection(taskA, "done", join),
        Connection("task-b", "done", join),
        Connection(join, "done", "after"));
}
