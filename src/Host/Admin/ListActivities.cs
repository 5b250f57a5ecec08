using System.Text.Json;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Host.Admin;

/// <summary>Every activity type of the catalogue, for the designer's toolbox and property panel.</summary>
internal sealed record ListActivities : IQuery
{
    public void Validate(ValidationErrors errors) => ArgumentNullException.ThrowIfNull(errors);
}

/// <param name="PortsFromInput">The input whose values name further ports (a switch's cases, a task's outcomes), if any.</param>
/// <param name="Traits">What the validator knows of its behaviour: "start", "waits", "join", "bounded-loop", "terminates".</param>
internal sealed record ActivityTypeResponse(
    string Type,
    int Version,
    string Category,
    string DisplayName,
    string Description,
    IReadOnlyList<ActivityInputResponse> Inputs,
    IReadOnlyList<PortDescriptor> Ports,
    string? PortsFromInput,
    IReadOnlyList<string> Traits);

/// <param name="Type">"text", "whole-number", "boolean", "choice", "text-list", "duration", "condition", "cases", "assignee", "activity-list", "variable-name", "value" or "alternatives".</param>
/// <param name="Choices">The words allowed, for a choice.</param>
internal sealed record ActivityInputResponse(string Name, InputType Type, bool Required, JsonElement? Default, string Description, IReadOnlyList<string>? Choices);

internal sealed class ListActivitiesHandler(ActivityCatalogue catalogue) : ICommandHandler<ListActivities>
{
    private static readonly ActivityTraits[] EachTrait = [.. Enum.GetValues<ActivityTraits>().Where(t => t != ActivityTraits.None)];

    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public Task<CommandResult> HandleAsync(ListActivities command, CommandContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<ActivityTypeResponse> toolbox = [.. catalogue.Descriptors.Select(d => new ActivityTypeResponse(
            d.Type,
            d.Version,
            d.Category,
            d.DisplayName,
            d.Description,
            [.. d.Inputs.Select(i => new ActivityInputResponse(i.Name, i.Type, i.Required, i.Default, i.Description, i.AllowedValues))],
            d.Ports,
            d.PortsFromInput,
            [.. EachTrait.Where(t => d.Traits.HasFlag(t)).Select(t => JsonNamingPolicy.KebabCaseLower.ConvertName(t.ToString()))]))];
        return Task.FromResult(CommandResult.Done(TypedResults.Ok(toolbox)));
    }
}
