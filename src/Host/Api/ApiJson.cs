using System.Text.Json;
using System.Text.Json.Serialization;

namespace EarlyHelp.Host.Api;

/// <summary>The API's JSON: camelCase names, choices as lower-case words with hyphens (as in the case history), no numbers for choices.</summary>
internal static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }
}
