using System.Text.Json;
using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Workflows.Runtime;

/// <summary>Works out an activity's ports from its descriptor and its inputs.</summary>
public static class ActivityPorts
{
    /// <summary>
    /// The descriptor's fixed ports, then the ports named by <see cref="ActivityDescriptor.PortsFromInput"/>
    /// (or by its default when the workflow does not give it): a list of words (a task's outcomes) or a list
    /// of objects with a "port" field (a switch's cases).
    /// </summary>
    /// <param name="descriptor">The type's descriptor.</param>
    /// <param name="activity">The activity as defined.</param>
    public static IReadOnlyList<string> Of(ActivityDescriptor descriptor, ActivityDefinition activity)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(activity);
        var ports = descriptor.Ports.Select(p => p.Name).ToList();
        var named = descriptor.PortsFromInput is { } input
            ? activity.Inputs.TryGetValue(input, out var given) ? given : descriptor.FindInput(input)?.Default
            : null;
        if (named is { ValueKind: JsonValueKind.Array } value)
        {
            foreach (var item in value.EnumerateArray())
            {
                var name = item.ValueKind switch
                {
                    JsonValueKind.String => item.GetString(),
                    JsonValueKind.Object when item.TryGetProperty("port", out var port) && port.ValueKind == JsonValueKind.String => port.GetString(),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(name) && !ports.Contains(name))
                {
                    ports.Add(name);
                }
            }
        }

        return ports;
    }
}
