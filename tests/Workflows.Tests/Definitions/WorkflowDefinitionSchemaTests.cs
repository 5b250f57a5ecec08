using System.Text.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Conditions;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Workflows.Tests.Definitions;

/// <summary>
/// The JSON Schema in workflows-json/schema says what the reader reads and the writer writes. No JSON Schema
/// validator restores here, so these tests walk the schema beside a written sample: every property written is
/// declared, and "required" and "additionalProperties": false sit exactly where the reader insists.
/// </summary>
public class WorkflowDefinitionSchemaTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(RepositoryFiles.Read("workflows-json/schema/workflow-definition.schema.json"))!.AsObject();

    /// <summary>The sample as the writer writes it, with every optional field used somewhere.</summary>
    private static readonly string Sample = Written(SourceFiles.ReadBeside("referral-to-closure.json"));

    [Fact]
    public void The_schema_is_json_schema_draft_2020_12()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)Schema["$schema"]);
        Assert.Equal("object", (string?)Schema["type"]);
    }

    [Fact]
    public void The_schema_requires_at_the_top_what_the_reader_cannot_do_without()
    {
        var required = Schema["required"]!.AsArray().Select(n => (string)n!).Order(StringComparer.Ordinal);

        Assert.Equal(["activities", "id", "name", "status", "version"], required);
        var root = JsonNode.Parse(Sample)!.AsObject();
        Assert.All(required, field => Assert.True(root.ContainsKey(field), $"the writer does not write \"{field}\""));
    }

    [Fact]
    public void Every_property_the_writer_emits_is_declared_in_the_schema()
    {
        var undeclared = Locations().SelectMany(l => l.Node.AsObject()
            .Where(p => !Declares(l.Schema, p.Key))
            .Select(p => $"{l.Path}.{p.Key}"));

        Assert.Empty(undeclared);
    }

    [Fact]
    public void A_property_is_required_by_the_schema_exactly_when_the_reader_refuses_a_definition_without_it()
    {
        var mismatches = new List<string>();
        foreach (var location in Locations())
        {
            var required = location.Schema["required"]?.AsArray().Select(n => (string)n!).ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var property in location.Node.AsObject().Select(p => p.Key).ToList())
            {
                var refused = !ReadsAfter(location.Steps, node => node.AsObject().Remove(property));
                if (refused != required.Contains(property))
                {
                    mismatches.Add($"{location.Path}.{property}: the reader {(refused ? "requires" : "does not require")} it, the schema {(required.Contains(property) ? "does" : "does not")}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void The_schema_refuses_unknown_properties_exactly_where_the_reader_does()
    {
        var mismatches = new List<string>();
        foreach (var location in Locations().DistinctBy(l => l.Schema))
        {
            var refused = !ReadsAfter(location.Steps, node => node["somethingElse"] = 1);
            var closed = location.Schema["additionalProperties"] is JsonValue value && !value.GetValue<bool>();
            if (refused != closed)
            {
                mismatches.Add($"{location.Path}: the reader {(refused ? "refuses" : "ignores")} unknown properties, the schema {(closed ? "refuses" : "allows")} them");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void The_schemas_duration_has_exactly_the_units_the_duration_reader_knows()
    {
        var declared = Schema["$defs"]!["duration"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        var known = Enum.GetValues<DurationUnit>().Select(u => JsonNamingPolicy.CamelCase.ConvertName(u.ToString())).Order(StringComparer.Ordinal);

        Assert.Equal(known, declared);
        Assert.All(declared, unit => Assert.True(Duration.TryRead(JsonSerializer.Deserialize<JsonElement>($$"""{ "{{unit}}": 1 }"""), out _, out _), unit));
    }

    [Fact]
    public void The_schemas_comparison_operators_are_the_condition_languages()
    {
        var comparison = Schema["$defs"]!["condition"]!["oneOf"]!.AsArray().Single(o => o!["properties"]?["op"] is not null)!;
        var declared = comparison["properties"]!["op"]!["enum"]!.AsArray().Select(n => (string)n!);

        Assert.Equal(ComparisonOperators.All.Select(o => o.Word()), declared);
    }

    private static string Written(string json)
    {
        var (definition, report) = WorkflowDefinitionJson.Read(json);
        Assert.True(report.IsValid, report.ToString());
        return WorkflowDefinitionJson.Write(definition!);
    }

    /// <summary>True when the reader still reads the sample after a change to the object at <paramref name="steps"/>.</summary>
    private static bool ReadsAfter(IReadOnlyList<object> steps, Action<JsonNode> change)
    {
        var root = JsonNode.Parse(Sample)!;
        var node = steps.Aggregate(root, (current, step) => step is int index ? current[index]! : current[(string)step]!);
        change(node);
        return WorkflowDefinitionJson.Read(root.ToJsonString()).Definition is not null;
    }

    private static bool Declares(JsonObject schema, string property) =>
        schema["properties"]?[property] is not null || schema["additionalProperties"] is JsonObject;

    /// <summary>Every object of the written sample that the schema describes with "properties", with its schema.</summary>
    private static List<Location> Locations()
    {
        var found = new List<Location>();
        Walk(JsonNode.Parse(Sample)!, Schema, [], "$", found);
        return found;
    }

    private static void Walk(JsonNode node, JsonObject schema, List<object> steps, string path, List<Location> found)
    {
        schema = Resolve(schema);
        if (node is JsonObject obj)
        {
            var properties = schema["properties"]?.AsObject();
            if (properties is not null)
            {
                found.Add(new Location(node, schema, [.. steps], path));
            }

            foreach (var (name, value) in obj)
            {
                var child = properties?[name] as JsonObject ?? schema["additionalProperties"] as JsonObject;
                if (child is not null && value is not null)
                {
                    Walk(value, child, [.. steps, name], $"{path}.{name}", found);
                }
            }
        }
        else if (node is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Walk(array[i]!, items, [.. steps, i], $"{path}[{i}]", found);
            }
        }
    }

    private static JsonObject Resolve(JsonObject schema) =>
        schema["$ref"] is JsonValue reference && ((string)reference!).StartsWith("#/$defs/", StringComparison.Ordinal)
            ? Resolve(Schema["$defs"]![((string)reference!)["#/$defs/".Length..]]!.AsObject())
            : schema;

    private sealed record Location(JsonNode Node, JsonObject Schema, IReadOnlyList<object> Steps, string Path);
}
