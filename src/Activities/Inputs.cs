using System.Text.Json;
using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Activities;

/// <summary>Short ways to declare inputs and ports in descriptors.</summary>
internal static class Inputs
{
    public static InputDescriptor Required(string name, InputType type, string description, IReadOnlyList<string>? allowed = null) =>
        new(name, type, true, null, description, allowed);

    public static InputDescriptor Optional(string name, InputType type, string description, string? defaultJson = null, IReadOnlyList<string>? allowed = null) =>
        new(name, type, false, defaultJson is null ? null : Json(defaultJson), description, allowed);

    public static PortDescriptor Port(string name, string description) => new(name, description);

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
