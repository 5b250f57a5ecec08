using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EarlyHelp.Workflows.Definitions;

/// <summary>
/// Reads and writes workflow definitions in the JSON format documented in workflows-json/README.md and
/// workflows-json/schema/workflow-definition.schema.json. Reading never throws on bad input: it reports
/// each problem with where it is.
/// </summary>
public static class WorkflowDefinitionJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>Reads a definition, or reports why it cannot be read.</summary>
    /// <param name="json">The JSON text.</param>
    public static (WorkflowDefinition? Definition, ValidationReport Report) Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            return (null, Report(new ValidationIssue("malformed-json",
                $"the file is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}): {FirstSentence(exception.Message)}")));
        }

        using (document)
        {
            var issues = new List<ValidationIssue>();
            var definition = new Reader(issues).Definition(document.RootElement);
            return (issues.Count == 0 ? definition : null, new ValidationReport(issues));
        }
    }

    /// <summary>Writes a definition as indented JSON, layout last.</summary>
    /// <param name="definition">The definition.</param>
    public static string Write(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            writer.WriteStartObject();
            writer.WriteString("id", definition.Id);
            writer.WriteString("name", definition.Name);
            writer.WriteNumber("version", definition.Version);
            writer.WriteString("status", definition.Status == DefinitionStatus.Published ? "published" : "draft");
            if (definition.Description is not null)
            {
                writer.WriteString("description", definition.Description);
            }

            writer.WriteStartArray("variables");
            foreach (var variable in definition.Variables)
            {
                writer.WriteStartObject();
                writer.WriteString("name", variable.Name);
                writer.WriteString("type", TypeWord(variable.Type));
                if (variable.Default is { } value)
                {
                    writer.WritePropertyName("default");
                    value.WriteTo(writer);
                }

                if (variable.Description is not null)
                {
                    writer.WriteString("description", variable.Description);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("activities");
            foreach (var activity in definition.Activities)
            {
                writer.WriteStartObject();
                writer.WriteString("id", activity.Id);
                writer.WriteString("type", activity.Type);
                writer.WriteNumber("typeVersion", activity.TypeVersion);
                if (activity.DisplayName is not null)
                {
                    writer.WriteString("displayName", activity.DisplayName);
                }

                writer.WriteStartObject("inputs");
                foreach (var (name, value) in activity.Inputs)
                {
                    writer.WritePropertyName(name);
                    value.WriteTo(writer);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("connections");
            foreach (var connection in definition.Connections)
            {
                writer.WriteStartObject();
                writer.WriteString("from", connection.From);
                writer.WriteString("port", connection.Port);
                writer.WriteString("to", connection.To);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("layout");
            foreach (var (id, position) in definition.Layout)
            {
                writer.WriteStartObject(id);
                writer.WriteNumber("x", position.X);
                writer.WriteNumber("y", position.Y);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The word for a variable type in JSON.</summary>
    /// <param name="type">The type.</param>
    public static string TypeWord(VariableType type) => type switch
    {
        VariableType.TextList => "text-list",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static ValidationReport Report(params ValidationIssue[] issues) => new(issues);

    private static string FirstSentence(string message) => message.Split(". ", 2)[0].TrimEnd('.');

    private sealed class Reader(List<ValidationIssue> issues)
    {
        public WorkflowDefinition? Definition(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Issue("$", "a workflow definition is a JSON object");
                return null;
            }

            var id = Text(root, "id", "$", required: true);
            var name = Text(root, "name", "$", required: true);
            var version = Number(root, "version", "$");
            var status = Text(root, "status", "$", required: true) switch
            {
                "draft" => DefinitionStatus.Draft,
                "published" => DefinitionStatus.Published,
                null => DefinitionStatus.Draft,
                var other => Invalid("$.status", $"'{other}' is not a status: use \"draft\" or \"published\"", DefinitionStatus.Draft),
            };
            var description = Text(root, "description", "$", required: false);
            var variables = Array(root, "variables", "$", required: false).Select(v => Variable(v.Element, v.Index)).OfType<VariableDefinition>().ToList();
            var activities = Array(root, "activities", "$", required: true).Select(a => Activity(a.Element, a.Index)).OfType<ActivityDefinition>().ToList();
            var connections = Array(root, "connections", "$", required: false).Select(c => Connection(c.Element, c.Index)).OfType<Connection>().ToList();
            var layout = Layout(root);
            foreach (var property in root.EnumerateObject().Where(p => p.Name is not ("id" or "name" or "version" or "status" or "description" or "variables" or "activities" or "connections" or "layout" or "$schema")))
            {
                Issue($"$.{property.Name}", "is not a field of a workflow definition");
            }

            return id is null || name is null || version is null
                ? null
                : new WorkflowDefinition(id, name, version.Value, status, description, variables, activities, connections, layout);
        }

        private VariableDefinition? Variable(JsonElement element, int index)
        {
            var path = $"$.variables[{index}]";
            var name = Text(element, "name", path, required: true);
            var type = Text(element, "type", path, required: true) switch
            {
                "text" => VariableType.Text,
                "number" => VariableType.Number,
                "boolean" => VariableType.Boolean,
                "date" => VariableType.Date,
                "text-list" => VariableType.TextList,
                null => (VariableType?)null,
                var other => Invalid<VariableType?>($"{path}.type", $"'{other}' is not a variable type: use text, number, boolean, date or text-list", null),
            };
            JsonElement? initial = element.TryGetProperty("default", out var value) && value.ValueKind != JsonValueKind.Null ? value.Clone() : null;
            return name is null || type is null ? null : new VariableDefinition(name, type.Value, initial, Text(element, "description", path, required: false));
        }

        private ActivityDefinition? Activity(JsonElement element, int index)
        {
            var path = $"$.activities[{index}]";
            var id = Text(element, "id", path, required: true);
            var type = Text(element, "type", path, required: true);
            var typeVersion = Number(element, "typeVersion", path);
            var inputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (element.TryGetProperty("inputs", out var given))
            {
                if (given.ValueKind != JsonValueKind.Object)
                {
                    Issue($"{path}.inputs", "inputs are a JSON object of name: value");
                }
                else
                {
                    foreach (var input in given.EnumerateObject())
                    {
                        inputs[input.Name] = input.Value.Clone();
                    }
                }
            }

            return id is null || type is null || typeVersion is null
                ? null
                : new ActivityDefinition(id, type, typeVersion.Value, Text(element, "displayName", path, required: false), inputs);
        }

        private Connection? Connection(JsonElement element, int index)
        {
            var path = $"$.connections[{index}]";
            var from = Text(element, "from", path, required: true);
            var port = Text(element, "port", path, required: true);
            var to = Text(element, "to", path, required: true);
            return from is null || port is null || to is null ? null : new Connection(from, port, to);
        }

        private Dictionary<string, ActivityPosition> Layout(JsonElement root)
        {
            var layout = new Dictionary<string, ActivityPosition>(StringComparer.Ordinal);
            if (!root.TryGetProperty("layout", out var element) || element.ValueKind == JsonValueKind.Null)
            {
                return layout;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                Issue("$.layout", "the layout is a JSON object of activity id: {\"x\": number, \"y\": number}");
                return layout;
            }

            foreach (var entry in element.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.Object
                    && entry.Value.TryGetProperty("x", out var x) && x.ValueKind == JsonValueKind.Number
                    && entry.Value.TryGetProperty("y", out var y) && y.ValueKind == JsonValueKind.Number)
                {
                    layout[entry.Name] = new ActivityPosition(x.GetDouble(), y.GetDouble());
                }
                else
                {
                    Issue($"$.layout.{entry.Name}", "a position is {\"x\": number, \"y\": number}");
                }
            }

            return layout;
        }

        private string? Text(JsonElement element, string field, string path, bool required)
        {
            if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Issue(path, $"the field \"{field}\" is missing");
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.String || (required && string.IsNullOrWhiteSpace(value.GetString())))
            {
                Issue($"{path}.{field}", "must be non-empty text");
                return null;
            }

            return value.GetString();
        }

        private int? Number(JsonElement element, string field, string path)
        {
            if (!element.TryGetProperty(field, out var value))
            {
                Issue(path, $"the field \"{field}\" is missing");
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < 1)
            {
                Issue($"{path}.{field}", "must be a whole number from 1");
                return null;
            }

            return number;
        }

        private List<(JsonElement Element, int Index)> ArrayItems(JsonElement element, string field, string path, bool required)
        {
            if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Issue(path, $"the field \"{field}\" is missing");
                }

                return [];
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Issue($"{path}.{field}", "must be a JSON array");
                return [];
            }

            return [.. value.EnumerateArray().Select((item, index) => (Element: item, Index: index))];
        }

        private List<(JsonElement Element, int Index)> Array(JsonElement element, string field, string path, bool required) =>
            [.. ArrayItems(element, field, path, required).Where(item =>
            {
                if (item.Element.ValueKind == JsonValueKind.Object)
                {
                    return true;
                }

                Issue($"{path}.{field}[{item.Index}]", "must be a JSON object");
                return false;
            })];

        private T Invalid<T>(string path, string message, T fallback)
        {
            Issue(path, message);
            return fallback;
        }

        private void Issue(string path, string message) =>
            issues.Add(new ValidationIssue("malformed-definition", string.Create(CultureInfo.InvariantCulture, $"{path}: {message}")));
    }
}
