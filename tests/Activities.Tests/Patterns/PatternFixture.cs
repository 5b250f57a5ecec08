using System.Text.Json;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using EarlyHelp.Workflows.Scenarios;

namespace EarlyHelp.Activities.Tests.Patterns;

/// <summary>
/// A pattern fixture: a file holding a workflow, a scenario and the trace the scenario must produce.
/// Set EARLYHELP_WRITE_TRACES=1 to print a fixture's actual trace in the failure message when writing a new one.
/// </summary>
internal static class PatternFixture
{
    private static readonly WorkflowEngine Engine = new(ActivityLibrary.Catalogue());

    public static ScenarioResult Run(string name)
    {
        var (workflow, scenario, _) = Load(name);
        return new ScenarioRunner(Engine, WorkingDayCalendar.EnglandAndWales()).Run(workflow, scenario);
    }

    public static void AssertTrace(string name)
    {
        var (_, _, expected) = Load(name);
        var actual = Run(name).Lines.ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"The trace of {name} differs.\nExpected:\n  {string.Join("\n  ", expected)}\nActual:\n  {string.Join("\n  ", actual)}");
    }

    public static WorkflowDefinition Workflow(string name) => Load(name).Workflow;

    private static (WorkflowDefinition Workflow, Scenario Scenario, IReadOnlyList<string> Trace) Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Patterns", "Fixtures", name + ".json"));
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var (workflow, report) = WorkflowDefinitionJson.Read(root.GetProperty("workflow").GetRawText());
        Assert.True(workflow is not null, $"{name}: {report}");
        var scenario = ScenarioJson.Read(root.GetProperty("scenario").GetRawText());
        var trace = root.GetProperty("trace").EnumerateArray().Select(l => l.GetString()!).ToList();
        return (workflow, scenario, trace);
    }
}
