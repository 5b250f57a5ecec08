using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EarlyHelp.Workflows.Cases;

/// <summary>
/// Writes and reads case facts as JSON: camelCase names, enums as kebab-case words, no .NET type names
/// (the event type key says which fact it is). The same shape serves the store, import and export.
/// </summary>
public static class CaseEventJson
{
    /// <summary>The serializer options used for every fact.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    // Words read back by table: histories are read event by event in the hundreds of thousands, and working
    // each word out again from the enum's names was most of the cost of reading one.
    private static readonly FrozenDictionary<string, ActorRole> Roles =
        Enum.GetValues<ActorRole>().ToFrozenDictionary(Write, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, CaseState> States =
        Enum.GetValues<CaseState>().ToFrozenDictionary(Write, StringComparer.Ordinal);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The fact as JSON.</summary>
    /// <param name="type">The event type.</param>
    /// <param name="fact">The fact.</param>
    public static string Write(CaseEventType type, object fact)
    {
        ArgumentNullException.ThrowIfNull(type);
        return JsonSerializer.Serialize(fact, type.FactType, Options);
    }

    /// <summary>Reads a fact of the given type.</summary>
    /// <param name="type">The event type.</param>
    /// <param name="json">The fact as JSON.</param>
    /// <exception cref="JsonException">The JSON does not hold a fact of this type.</exception>
    public static object Read(CaseEventType type, string json)
    {
        ArgumentNullException.ThrowIfNull(type);
        return JsonSerializer.Deserialize(json, type.FactType, Options)
            ?? throw new JsonException($"A '{type.Key}' fact cannot be null.");
    }

    /// <summary>The role as written in the history.</summary>
    /// <param name="role">The role.</param>
    public static string Write(ActorRole role) => JsonNamingPolicy.KebabCaseLower.ConvertName(role.ToString());

    /// <summary>Reads a role written by <see cref="Write(ActorRole)"/>.</summary>
    /// <param name="role">The role's word.</param>
    /// <exception cref="JsonException">The word names no role.</exception>
    public static ActorRole ReadRole(string role) =>
        Roles.TryGetValue(role, out var read) ? read : throw new JsonException($"'{role}' is not a role.");

    /// <summary>The state as written in the history and in the store.</summary>
    /// <param name="state">The state.</param>
    public static string Write(CaseState state) => JsonNamingPolicy.KebabCaseLower.ConvertName(state.ToString());

    /// <summary>Reads a state written by <see cref="Write(CaseState)"/>.</summary>
    /// <param name="state">The state's word.</param>
    /// <exception cref="JsonException">The word names no state.</exception>
    public static CaseState ReadState(string state) =>
        States.TryGetValue(state, out var read) ? read : throw new JsonException($"'{state}' is not a case state.");
}
