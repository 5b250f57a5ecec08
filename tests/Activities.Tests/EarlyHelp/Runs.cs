using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using EarlyHelp.Workflows.Scenarios;

namespace EarlyHelp.Activities.Tests.EarlyHelp;

/// <summary>One activity of a small test workflow: its id, type, inputs (JSON) and the port that leads to the next one.</summary>
internal sealed record Step(string Id, string Type, string Inputs = "{}", string? Next = null);

/// <summary>
/// Small workflows around the Early Help activities, read as the designer's files are, validated against the
/// activity library, and run with the scenario runner on a fake clock.
/// </summary>
internal static class Runs
{
    public static ActivityCatalogue Library { get; } = ActivityLibrary.Catalogue();

    private static readonly WorkflowEngine Engine = new(Library);

    /// <summary>start, then the steps in order (each by its <see cref="Step.Next"/> port), with an "outbox" text-list variable.</summary>
    public static WorkflowDefinition Chain(params Step[] steps)
    {
        var activities = new JsonArray { new JsonObject { ["id"] = "start", ["type"] = "flow/start", ["typeVersion"] = 1 } };
        var connections = new JsonArray();
        var previous = ("start", (string?)"next");
        foreach (var step in steps)
        {
            activities.Add(new JsonObject { ["id"] = step.Id, ["type"] = step.Type, ["typeVersion"] = 1, ["inputs"] = JsonNode.Parse(step.Inputs) });
            if (previous.Item2 is { } port)
            {
                connections.Add(new JsonObject { ["from"] = previous.Item1, ["port"] = port, ["to"] = step.Id });
            }

            previous = (step.Id, step.Next);
        }

        var workflow = new JsonObject
        {
            ["id"] = "early-help-test",
            ["name"] = "Early Help activity test",
            ["version"] = 1,
            ["status"] = "draft",
            ["variables"] = new JsonArray { new JsonObject { ["name"] = "outbox", ["type"] = "text-list", ["default"] = new JsonArray() } },
            ["activities"] = activities,
            ["connections"] = connections,
        };
        return Valid(workflow.ToJsonString());
    }

    /// <summary>start, then one activity with the id "step".</summary>
    public static WorkflowDefinition Single(string type, string inputs = "{}") => Chain(new Step("step", type, inputs));

    /// <summary>Reads and validates a definition; fails the test with the issues when it is not valid.</summary>
    public static WorkflowDefinition Valid(string json)
    {
        var (workflow, report) = WorkflowDefinitionJson.Read(json);
        Assert.True(workflow is not null, report.ToString());
        var validation = WorkflowValidator.Validate(workflow, Library);
        Assert.True(validation.IsValid, validation.ToString());
        return workflow;
    }

    public static ScenarioResult Run(WorkflowDefinition workflow, Script script) =>
        new ScenarioRunner(Engine, WorkingDayCalendar.EnglandAndWales()).Run(workflow, script.ToScenario());

    /// <summary>The trace lines without their times ("Completed step via done").</summary>
    public static IReadOnlyList<string> TraceLines(this ScenarioResult result) => [.. result.Trace.Select(t => t.Line)];

    /// <summary>Asserts that the lines appear in the trace in this order (others may come between).</summary>
    public static void AssertInOrder(this ScenarioResult result, params string[] expected)
    {
        var lines = result.TraceLines();
        var at = 0;
        foreach (var line in expected)
        {
            var found = -1;
            for (var i = at; i < lines.Count; i++)
            {
                if (lines[i] == line)
                {
                    found = i;
                    break;
                }
            }

            Assert.True(found >= 0, $"The trace has no line \"{line}\" after line {at}.\nTrace:\n  {string.Join("\n  ", lines)}");
            at = found + 1;
        }
    }

    /// <summary>Asserts that no line of the trace starts with <paramref name="prefix"/>.</summary>
    public static void AssertNoLineStartingWith(this ScenarioResult result, string prefix) =>
        Assert.DoesNotContain(result.TraceLines(), l => l.StartsWith(prefix, StringComparison.Ordinal));
}
