using System.Text.Json;
using EarlyHelp.Host.Calendar;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using EarlyHelp.Workflows.Scenarios;

namespace EarlyHelp.Host.Admin;

/// <summary>The body of "try it": a definition (a draft may be tried) and a scenario in the scenario runner's format.</summary>
internal sealed record TryWorkflowBody(JsonElement? Definition, JsonElement? Scenario);

/// <summary>
/// "Try it": runs a definition against a scripted scenario with a fake clock, in this process, the way the
/// <c>scenario</c> command does. Nothing is stored: no instance, case, task or timer exists afterwards.
/// </summary>
internal sealed record TryWorkflow(string Id, string DefinitionJson, string ScenarioJson) : IQuery
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("definition", DefinitionJson);
        errors.MaxLength("definition", DefinitionJson, DefinitionBody.MaximumLength);
        errors.Required("scenario", ScenarioJson);
        errors.MaxLength("scenario", ScenarioJson, DefinitionBody.MaximumLength);
    }

    public static TryWorkflow? From(string id, TryWorkflowBody? body) => body is null
        ? null
        : new TryWorkflow(id, Text(body.Definition), Text(body.Scenario));

    private static string Text(JsonElement? element) =>
        element is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value ? value.GetRawText() : "";
}

/// <param name="Kind">What happened, in kebab-case: "instance-started", "task-created", "timer-fired", "refused", ...</param>
internal sealed record TraceLineResponse(DateTimeOffset At, string Kind, string? ActivityId, string Detail);

internal sealed record TriedTaskResponse(string ActivityId, string Title, string Assignee, DateTimeOffset? DueAt, IReadOnlyList<string> Outcomes);

internal sealed record TriedTimerResponse(string ActivityId, DateTimeOffset DueAt);

/// <param name="InstanceStatus">Where the instance ended: "running", "completed", "cancelled" or "faulted".</param>
/// <param name="CaseState">The scenario's case at the end, if it had one.</param>
internal sealed record TryWorkflowResponse(
    IReadOnlyList<TraceLineResponse> Trace,
    string InstanceStatus,
    string? CaseState,
    IReadOnlyList<TriedTaskResponse> OpenTasks,
    IReadOnlyList<TriedTimerResponse> PendingTimers);

internal sealed class TryWorkflowHandler(WorkflowEngine engine, CalendarStore calendars, ActivityCatalogue catalogue) : ICommandHandler<TryWorkflow>
{
    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public Task<CommandResult> HandleAsync(TryWorkflow command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Task.FromResult(Try(command));
    }

    private CommandResult Try(TryWorkflow command)
    {
        var (definition, report) = WorkflowDefinitionJson.Read(command.DefinitionJson);
        if (definition is null)
        {
            return CommandResult.Refused(DefinitionReports.Unprocessable("The definition cannot be read.", report, null));
        }

        if (definition.Id != command.Id)
        {
            return CommandResult.Refused(ApiProblems.Invalid("definition.id", $"The definition's id must be the workflow's id in the address, \"{command.Id}\"."));
        }

        // The runner trusts what it runs, as the engine does: only a definition that could be published is tried.
        var validation = WorkflowValidator.Validate(definition, catalogue);
        if (!validation.IsValid)
        {
            return CommandResult.Refused(DefinitionReports.Unprocessable("Fix the definition's problems before trying it.", validation, definition));
        }

        ScenarioResult result;
        try
        {
            result = new ScenarioRunner(engine, calendars.Current).Run(definition, ScenarioJson.Read(command.ScenarioJson));
        }
        catch (Exception exception) when (exception is FormatException or InvalidOperationException or JsonException)
        {
            // The scenario's reader says where a field is wrong; a field of the wrong JSON kind, or a case the
            // lifecycle will not open, surfaces as InvalidOperationException. Either way it is the scenario to fix.
            return CommandResult.Refused(ApiProblems.Invalid("scenario", exception.Message));
        }

        return CommandResult.Done(TypedResults.Ok(new TryWorkflowResponse(
            [.. result.Trace.Select(t => new TraceLineResponse(t.At, Word(t.Kind.ToString()), t.ActivityId, t.Detail))],
            Word(result.Instance.Status.ToString()),
            result.Case?.State.ToString(),
            [.. result.OpenTasks.Select(t => new TriedTaskResponse(t.ActivityId, t.Title, t.Assignee.ToString(), t.DueAt, t.Outcomes))],
            [.. result.PendingTimers.Select(t => new TriedTimerResponse(t.ActivityId, t.DueAt))])));
    }

    private static string Word(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
