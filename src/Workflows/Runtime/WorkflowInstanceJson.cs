using System.Text.Json;
using System.Text.Json.Serialization;

namespace EarlyHelp.Workflows.Runtime;

/// <summary>An instance's state as JSON, the form the store keeps: camelCase, enums as words, no .NET type names.</summary>
public static class WorkflowInstanceJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The instance as JSON.</summary>
    /// <param name="instance">The instance.</param>
    public static string Write(WorkflowInstance instance) => JsonSerializer.Serialize(instance, Options);

    /// <summary>Reads an instance written by <see cref="Write"/>.</summary>
    /// <param name="json">The JSON.</param>
    /// <exception cref="JsonException">The JSON is not an instance.</exception>
    public static WorkflowInstance Read(string json) =>
        JsonSerializer.Deserialize<WorkflowInstance>(json, Options) ?? throw new JsonException("An instance cannot be null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
