using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// Turns the serializer's message about a fact it could not read into words for the person who entered it:
/// which field is missing or wrong and what it must be, without .NET type names.
/// </summary>
internal static partial class FactJsonProblems
{
    public static string Describe(Type factType, JsonException exception)
    {
        var message = exception.Message;
        var missing = MissingProperties().Match(message);
        if (missing.Success)
        {
            var names = missing.Groups["names"].Value.Split(", ").Select(n => n.Trim('\'')).ToList();
            var where = Where(exception.Path);
            return names.Count == 1
                ? $"'{Join(where, names[0])}' is missing"
                : $"{string.Join(", ", names.Select(n => $"'{Join(where, n)}'"))} are missing";
        }

        var path = Where(exception.Path);
        if (path.Length == 0)
        {
            return "the data does not have the fact's shape";
        }

        if (message.Contains("doesn't allow null values", StringComparison.Ordinal))
        {
            return $"'{path}' cannot be null";
        }

        return TypeAt(factType, path) is { } type
            ? $"'{path}' must be {Expected(type)}"
            : $"'{path}' is not valid";
    }

    /// <summary>The path without the leading "$." ("scores[0].score").</summary>
    private static string Where(string? path) =>
        path is null or "$" ? "" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string Join(string where, string name) => where.Length == 0 ? name : $"{where}.{name}";

    /// <summary>The .NET type at a path such as "scores[0].score", following constructor parameters and list items.</summary>
    private static Type? TypeAt(Type root, string path)
    {
        var type = root;
        foreach (Match segment in PathSegment().Matches(path))
        {
            if (segment.Groups["index"].Success)
            {
                type = ItemType(type);
            }
            else
            {
                var name = segment.Groups["name"].Value;
                type = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
                    .SelectMany(c => c.GetParameters())
                    .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.ParameterType;
            }

            if (type is null)
            {
                return null;
            }

            type = Nullable.GetUnderlyingType(type) ?? type;
        }

        return type;
    }

    private static Type? ItemType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments() is [var item] && typeof(IEnumerable<>).MakeGenericType(item).IsAssignableFrom(type) ? item
        : null;

    private static string Expected(Type type) => type switch
    {
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type).Select(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n))),
        _ when type == typeof(Guid) => "an identifier such as \"3f2c8a4e-0000-4000-8000-000000000001\"",
        _ when type == typeof(DateOnly) => "a date written \"yyyy-MM-dd\"",
        _ when type == typeof(DateTimeOffset) => "a time such as \"2026-04-01T09:00:00Z\"",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) => "a whole number",
        _ when type == typeof(string) => "text",
        _ when ItemType(type) is not null => "a list",
        _ => "an object with the fact's fields",
    };

    [GeneratedRegex("missing required properties including: (?<names>.+?)\\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingProperties();

    [GeneratedRegex("(?<name>[A-Za-z_][A-Za-z0-9_]*)|\\[(?<index>[0-9]+)\\]", RegexOptions.CultureInvariant)]
    private static partial Regex PathSegment();
}
