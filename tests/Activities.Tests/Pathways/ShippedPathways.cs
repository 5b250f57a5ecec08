using EarlyHelp.Activities.Tests.EarlyHelp;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using EarlyHelp.Workflows.Scenarios;

namespace EarlyHelp.Activities.Tests.Pathways;

/// <summary>The shipped definitions in workflows-json/, and scenarios for them in Pathways/Scenarios beside these tests.</summary>
internal static class ShippedPathways
{
    private static readonly WorkflowEngine Engine = new(Runs.Library);

    /// <summary>The file names of the shipped definitions (workflows-json/*.json).</summary>
    public static IReadOnlyList<string> Files { get; } =
        [.. Directory.GetFiles(RepositoryFiles.PathOf("workflows-json"), "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    /// <summary>A shipped definition, read; fails the test when it cannot be read.</summary>
    public static WorkflowDefinition Read(string file)
    {
        var (workflow, report) = WorkflowDefinitionJson.Read(RepositoryFiles.Read("workflows-json", file));
        Assert.True(workflow is not null, $"{file}: {report}");
        return workflow;
    }

    /// <summary>Runs a shipped definition with a scenario of Pathways/Scenarios.</summary>
    public static ScenarioResult Run(string file, string scenario) =>
        Run(Read(file), ScenarioJson.Read(RepositoryFiles.Read("tests", "Activities.Tests", "Pathways", "Scenarios", scenario + ".json")));

    public static ScenarioResult Run(WorkflowDefinition workflow, Scenario scenario) =>
        new ScenarioRunner(Engine, WorkingDayCalendar.EnglandAndWales()).Run(workflow, scenario);
}
