using EarlyHelp.Activities;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using EarlyHelp.Workflows.Scenarios;

namespace EarlyHelp.Host.Commands;

/// <summary>
/// <c>scenario &lt;workflow.json&gt; &lt;scenario.json&gt;</c>: runs a workflow (a draft may be tried) against a
/// scripted scenario with a fake clock and prints the trace. No database is touched.
/// </summary>
internal static class ScenarioCommand
{
    public const string Verb = "scenario";

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter errors)
    {
        if (arguments.Count != 2)
        {
            await errors.WriteLineAsync("usage: scenario <workflow.json> <scenario.json>");
            return 2;
        }

        var (definition, report) = WorkflowDefinitionJson.Read(await File.ReadAllTextAsync(arguments[0]));
        if (definition is null)
        {
            await errors.WriteLineAsync($"{arguments[0]} cannot be read:{Environment.NewLine}{report}");
            return 1;
        }

        var catalogue = ActivityLibrary.Catalogue();
        var validation = WorkflowValidator.Validate(definition, catalogue);
        if (!validation.IsValid)
        {
            await errors.WriteLineAsync($"{arguments[0]} is not valid:{Environment.NewLine}{validation}");
            return 1;
        }

        Scenario scenario;
        try
        {
            scenario = ScenarioJson.Read(await File.ReadAllTextAsync(arguments[1]));
        }
        catch (FormatException exception)
        {
            await errors.WriteLineAsync($"{arguments[1]}: {exception.Message}");
            return 1;
        }

        var result = new ScenarioRunner(new WorkflowEngine(catalogue), WorkingDayCalendar.EnglandAndWales()).Run(definition, scenario);
        foreach (var line in result.Lines)
        {
            await output.WriteLineAsync(line);
        }

        await output.WriteLineAsync($"-- instance {result.Instance.Status.ToString().ToLowerInvariant()}; case {(result.Case is null ? "none" : result.Case.State.ToString())}; open tasks {result.OpenTasks.Count}; pending timers {result.PendingTimers.Count}");
        return 0;
    }
}
