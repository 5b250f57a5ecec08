using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EarlyHelp.Workflows.Conditions;

/// <summary>
/// Reads and writes conditions as JSON, and checks them against a <see cref="ConditionSchema"/> with messages
/// a person can act on. The shape (camelCase, no .NET type names):
/// <code>
/// { "all": [ condition, ... ] }                       every one holds (at least one)
/// { "any": [ condition, ... ] }                       at least one holds (at least one)
/// { "not": condition }                                does not hold
/// { "field": "case.levelOfNeed", "op": "atLeast", "value": "complex" }
/// { "field": "case.referrerAgency", "op": "in", "value": ["police", "health"] }
/// { "field": "case.youngestChildAge", "op": "isSet" }  no value for isSet / isNotSet
/// true | false                                        always / never
/// </code>
/// Choices are written as the kebab-case words the case history uses ("complex", "social-care"), dates as
/// "yyyy-MM-dd", numbers and true/false without quotes.
/// </summary>
public static class ConditionJson
{
    private const string All = "all";
    private const string Any = "any";
    private const string Not = "not";
    private const string Field = "field";
    private const string Op = "op";
    private const string Value = "value";

    private static readonly string[] Kinds = [All, Any, Not, Field];

    /// <summary>Reads a condition and checks it against the schema.</summary>
    /// <param name="element">The condition's JSON.</param>
    /// <param name="schema">The fields it may name and their types.</param>
    /// <param name="path">
    /// The path of <paramref name="element"/> in its document, which the errors' paths start from ("$" for a
    /// condition on its own; "$.activities[3].inputs.condition" for one inside a workflow definition).
    /// </param>
    public static ConditionReadResult Read(JsonElement element, ConditionSchema schema, string path = "$")
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var reader = new Reader(schema);
        var condition = reader.Node(element, path);
        return reader.Errors.Count == 0 && condition is not null
            ? new ConditionReadResult(condition, [])
            : new ConditionReadResult(null, reader.Errors);
    }

    /// <summary>Reads a condition from JSON text and checks it against the schema.</summary>
    /// <param name="json">The condition's JSON text.</param>
    /// <param name="schema">The fields it may name and their types.</param>
    public static ConditionReadResult Read(string json, ConditionSchema schema)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(schema);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return new ConditionReadResult(null, [new ConditionError("$", $"The condition is not valid JSON: {e.Message}")]);
        }

        using (document)
        {
            return Read(document.RootElement, schema);
        }
    }

    /// <summary>The condition as compact JSON, in the shape <see cref="Read(string, ConditionSchema)"/> reads.</summary>
    /// <param name="condition">The condition.</param>
    public static string Write(Condition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, condition);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the condition as one JSON value (for a workflow definition's writer).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="condition">The condition.</param>
    public static void Write(Utf8JsonWriter writer, Condition condition)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(condition);
        switch (condition)
        {
            case ConstantCondition constant:
                writer.WriteBooleanValue(constant.Value);
                break;
            case AllCondition all:
                WriteGroup(writer, All, all.Conditions);
                break;
            case AnyCondition any:
                WriteGroup(writer, Any, any.Conditions);
                break;
            case NotCondition not:
                writer.WriteStartObject();
                writer.WritePropertyName(Not);
                Write(writer, not.Operand);
                writer.WriteEndObject();
                break;
            case Comparison comparison:
                writer.WriteStartObject();
                writer.WriteString(Field, comparison.Field);
                writer.WriteString(Op, comparison.Operator.Word());
                if (comparison.Value.IsSet)
                {
                    writer.WritePropertyName(Value);
                    comparison.Value.WriteTo(writer);
                }

                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"Cannot write a {condition.GetType().Name}.", nameof(condition));
        }
    }

    private static void WriteGroup(Utf8JsonWriter writer, string word, IReadOnlyList<Condition> conditions)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(word);
        writer.WriteStartArray();
        foreach (var condition in conditions)
        {
            Write(writer, condition);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Quoted(IEnumerable<string> words) => string.Join(", ", words.Select(w => $"\"{w}\""));

    private static string Listed(IEnumerable<string> words) => string.Join(", ", words);

    private static string Both(IReadOnlyList<string> words) =>
        words.Count == 2 ? $"both \"{words[0]}\" and \"{words[1]}\"" : $"{Quoted(words.Take(words.Count - 1))} and \"{words[^1]}\"";

    private static string Child(string path, string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_')
            ? $"{path}.{name}"
            : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static string Index(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>The JSON value in words: "the text \"5\"", "the number 5", "a list".</summary>
    private static string Found(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the text \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => element.GetArrayLength() == 0 ? "an empty list" : "a list",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };

    private static string DidYouMean(string? suggestion) => suggestion is null ? "" : $" Did you mean \"{suggestion}\"?";

    /// <summary>Reads one condition tree, collecting every error rather than stopping at the first.</summary>
    private sealed class Reader(ConditionSchema schema)
    {
        public List<ConditionError> Errors { get; } = [];

        public Condition? Node(JsonElement element, string path)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.True:
                    return Condition.Always;
                case JsonValueKind.False:
                    return Condition.Never;
                case JsonValueKind.Object:
                    return Object(element, path);
                default:
                    Error(path, $"Expected a condition here: an object with \"all\", \"any\", \"not\" or \"field\" (or true or false); found {Found(element)}.");
                    return null;
            }
        }

        private Condition? Object(JsonElement element, string path)
        {
            var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (!properties.TryAdd(property.Name, property.Value))
                {
                    Error(Child(path, property.Name), $"\"{property.Name}\" is written more than once in this condition; keep one.");
                }
            }

            var kinds = Kinds.Where(properties.ContainsKey).ToList();
            if (kinds.Count > 1)
            {
                Error(path, $"A condition has exactly one of \"all\", \"any\", \"not\" or \"field\", but this one has {Both(kinds)}. "
                    + "Put each in a condition of its own, for example side by side inside an \"all\".");
                return null;
            }

            if (kinds.Count == 0)
            {
                Error(path, NotACondition(properties.Keys));
                return null;
            }

            switch (kinds[0])
            {
                case All:
                    UnexpectedProperties(properties, path, All);
                    return Group(properties[All], Child(path, All), All) is { } all ? new AllCondition(all) : null;
                case Any:
                    UnexpectedProperties(properties, path, Any);
                    return Group(properties[Any], Child(path, Any), Any) is { } any ? new AnyCondition(any) : null;
                case Not:
                    UnexpectedProperties(properties, path, Not);
                    return Node(properties[Not], Child(path, Not)) is { } operand ? new NotCondition(operand) : null;
                default:
                    UnexpectedProperties(properties, path, Field, Op, Value);
                    return ReadComparison(properties, path);
            }
        }

        private static string NotACondition(IEnumerable<string> names)
        {
            var present = names.ToList();
            if (present.Contains(Op) || present.Contains(Value))
            {
                return "This comparison has no \"field\": name the case field or variable it compares, for example \"field\": \"case.levelOfNeed\".";
            }

            if (present.Count == 0)
            {
                return "An empty object is not a condition: write {\"all\": [...]}, {\"any\": [...]}, {\"not\": {...}} or {\"field\": ..., \"op\": ..., \"value\": ...}.";
            }

            var suggestion = present.Select(p => Suggestions.Closest(p, Kinds)).FirstOrDefault(s => s is not null);
            return $"Not a condition: it has {Quoted(present)} but none of \"all\", \"any\", \"not\" or \"field\".{DidYouMean(suggestion)}";
        }

        private void UnexpectedProperties(Dictionary<string, JsonElement> properties, string path, params string[] allowed)
        {
            foreach (var name in properties.Keys.Where(n => !allowed.Contains(n)))
            {
                var what = allowed.Length == 1
                    ? $"a condition with \"{allowed[0]}\" has nothing else"
                    : "a comparison has only \"field\", \"op\" and \"value\"";
                var hint = allowed.Length == 1 && name is Field or Op or Value
                    ? allowed[0] == Not ? " Put the comparison inside \"not\"." : $" Put the comparison inside the \"{allowed[0]}\" list."
                    : DidYouMean(Suggestions.Closest(name, allowed));
                Error(Child(path, name), $"Unknown property \"{name}\" here: {what}.{hint}");
            }
        }

        private List<Condition>? Group(JsonElement element, string path, string word)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                Error(path, $"\"{word}\" must be a list of conditions in square brackets, for example \"{word}\": [{{...}}, {{...}}]; found {Found(element)}.");
                return null;
            }

            if (element.GetArrayLength() == 0)
            {
                var instead = word == All ? "an empty \"all\" would always hold: write true if that is meant" : "an empty \"any\" would never hold: write false if that is meant";
                Error(path, $"\"{word}\" has no conditions: give it at least one, or remove it ({instead}).");
                return null;
            }

            var conditions = new List<Condition>();
            var index = 0;
            var complete = true;
            foreach (var item in element.EnumerateArray())
            {
                if (Node(item, Index(path, index++)) is { } condition)
                {
                    conditions.Add(condition);
                }
                else
                {
                    complete = false;
                }
            }

            return complete ? conditions : null;
        }

        private Comparison? ReadComparison(Dictionary<string, JsonElement> properties, string path)
        {
            var field = ReadField(properties[Field], Child(path, Field));
            var op = ReadOperator(properties, path, field);
            if (field is null || op is not { } known)
            {
                return null;
            }

            if (!field.Type.Accepts(known))
            {
                Error(Child(path, Op), OperatorNotForField(known, field));
                return null;
            }

            var hasValue = properties.TryGetValue(Value, out var valueElement);
            if (known.TakesNoValue())
            {
                if (hasValue)
                {
                    Error(Child(path, Value), $"\"{known.Word()}\" takes no value: it asks only whether {field.Name} has one. Remove \"value\".");
                    return null;
                }

                return new Comparison(field.Name, known, ConditionValue.NotSet, field.Type);
            }

            if (!hasValue)
            {
                Error(path, $"\"{known.Word()}\" needs a \"value\": {ExpectedValue(known, field)}.");
                return null;
            }

            var value = known.TakesList()
                ? ListValue(valueElement, Child(path, Value), known, field)
                : ScalarValue(valueElement, Child(path, Value), field, known == ComparisonOperator.Contains);
            return value is null ? null : new Comparison(field.Name, known, value, field.Type);
        }

        private ConditionField? ReadField(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(element.GetString()))
            {
                Error(path, $"\"field\" must name a case field or a variable, as text, for example \"case.levelOfNeed\"; found {Found(element)}.");
                return null;
            }

            var name = element.GetString()!;
            if (schema.Find(name) is { } field)
            {
                return field;
            }

            Error(path, UnknownField(name));
            return null;
        }

        private string UnknownField(string name)
        {
            if (name.StartsWith(ConditionFields.VariablePrefix, StringComparison.Ordinal))
            {
                var variable = name[ConditionFields.VariablePrefix.Length..];
                if (schema.Variables.Count == 0)
                {
                    return $"No variable \"{variable}\" is declared: this workflow declares no variables. Declare it in the workflow's variables first.";
                }

                var close = Suggestions.Closest(variable, schema.Variables.Keys);
                return $"No variable \"{variable}\" is declared in this workflow.{DidYouMean(close is null ? null : ConditionFields.VariablePrefix + close)} "
                    + $"Declared variables: {Listed(schema.Variables.Keys.Order(StringComparer.Ordinal).Select(v => ConditionFields.VariablePrefix + v))}; declare it, or name one of those.";
            }

            var suggestion = Suggestions.Closest(name, schema.Fields.Select(f => f.Name), ConditionFields.CasePrefix, ConditionFields.VariablePrefix);
            return suggestion is not null
                ? $"Unknown field \"{name}\". Did you mean \"{suggestion}\"?"
                : $"Unknown field \"{name}\". The case fields are {Listed(ConditionFields.All.Select(f => f.Name))}; a workflow variable is written \"variables.\" and its name.";
        }

        private ComparisonOperator? ReadOperator(Dictionary<string, JsonElement> properties, string path, ConditionField? field)
        {
            var valid = field?.Type.Operators ?? ComparisonOperators.All;
            var forField = field is null ? "" : $" for {field.Name}";
            if (!properties.TryGetValue(Op, out var element))
            {
                Error(path, $"This comparison has no \"op\": say how to compare, with one of the operators{forField}: {Listed(valid.Select(o => o.Word()))}.");
                return null;
            }

            if (element.ValueKind != JsonValueKind.String)
            {
                Error(Child(path, Op), $"\"op\" must be an operator's name, as text; found {Found(element)}. Operators{forField}: {Listed(valid.Select(o => o.Word()))}.");
                return null;
            }

            var word = element.GetString()!;
            if (ComparisonOperators.TryParse(word, out var op))
            {
                return op;
            }

            var suggestion = ComparisonOperators.Synonym(word)?.Word()
                ?? Suggestions.Closest(word, ComparisonOperators.All.Select(o => o.Word()));
            if (suggestion is not null && ComparisonOperators.TryParse(suggestion, out var suggested) && !valid.Contains(suggested))
            {
                suggestion = null;
            }

            Error(Child(path, Op), $"Unknown operator \"{word}\".{DidYouMean(suggestion)} Valid operators{forField}: {Listed(valid.Select(o => o.Word()))}.");
            return null;
        }

        private static string OperatorNotForField(ComparisonOperator op, ConditionField field)
        {
            var use = $"Use one of: {Listed(field.Type.Operators.Select(o => o.Word()))}.";
            if (op.NeedsOrder() && field.Type.Kind == ConditionTypeKind.Choice)
            {
                return $"\"{op.Word()}\" cannot be used with {field.Name}: its values ({Listed(field.Type.Choices)}) have no order. {use}";
            }

            if (op == ComparisonOperator.Contains)
            {
                var instead = field.Type.Accepts(ComparisonOperator.In) ? " To ask whether it is one of several values, use \"in\"." : "";
                return $"\"contains\" is for lists, and {field.Name} is {field.Type.Describe()}. {use}{instead}";
            }

            return $"\"{op.Word()}\" cannot be used with {field.Name}, which is {field.Type.Describe()}. {use}";
        }

        private static string ExpectedValue(ComparisonOperator op, ConditionField field)
        {
            if (op.TakesList())
            {
                return $"a non-empty list in square brackets, for example {ListExample(field)}";
            }

            return op == ComparisonOperator.Contains ? "the text to look for in the list, in quotes" : field.Type.Describe();
        }

        private static string ListExample(ConditionField field) =>
            field.Type.Kind == ConditionTypeKind.Choice
                ? $"[{Quoted(field.Type.Choices.Take(2))}]"
                : "[\"north\", \"south\"]";

        private ConditionValue? ListValue(JsonElement element, string path, ComparisonOperator op, ConditionField field)
        {
            if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
            {
                Error(path, $"\"{op.Word()}\" needs a non-empty list of values in square brackets, for example {ListExample(field)}; found {Found(element)}.");
                return null;
            }

            var items = new List<string>();
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                if (ScalarValue(item, Index(path, index++), field, containsText: false) is { Text: { } text })
                {
                    items.Add(text);
                }
            }

            return items.Count == element.GetArrayLength() ? ConditionValue.FromTextList(items) : null;
        }

        private ConditionValue? ScalarValue(JsonElement element, string path, ConditionField field, bool containsText)
        {
            var kind = containsText ? ConditionTypeKind.Text : field.Type.Kind;
            var text = element.ValueKind == JsonValueKind.String ? element.GetString()! : null;
            switch (kind)
            {
                case ConditionTypeKind.Text when text is not null:
                    return ConditionValue.FromText(text);
                case ConditionTypeKind.Text:
                    Error(path, containsText
                        ? $"{field.Name} is a list of texts, so \"contains\" takes one text in quotes; found {Found(element)}."
                        : $"{field.Name} is text, so the value must be text in quotes; found {Found(element)}.");
                    return null;
                case ConditionTypeKind.Number when element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var number):
                    return ConditionValue.FromNumber(number);
                case ConditionTypeKind.Number when text is not null && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _):
                    Error(path, $"{field.Name} is a number, so the value must be a number without quotes: write {text.Trim()}, not \"{text}\".");
                    return null;
                case ConditionTypeKind.Number:
                    Error(path, $"{field.Name} is a number, so the value must be a number, for example 5; found {Found(element)}.");
                    return null;
                case ConditionTypeKind.Boolean when element.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    return ConditionValue.FromBoolean(element.GetBoolean());
                case ConditionTypeKind.Boolean:
                    var unquoted = text is "true" or "false" ? $": write {text}, not \"{text}\"" : $"; found {Found(element)}";
                    Error(path, $"{field.Name} is true or false, so the value must be true or false without quotes{unquoted}.");
                    return null;
                case ConditionTypeKind.Date when text is not null
                    && DateOnly.TryParseExact(text, ConditionValue.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                    return ConditionValue.FromDate(date);
                case ConditionTypeKind.Date:
                    Error(path, $"{field.Name} is a date, so the value must be a date written \"yyyy-MM-dd\", for example \"2026-04-01\"; found {Found(element)}.");
                    return null;
                case ConditionTypeKind.Choice when text is not null && field.Type.RankOf(text) >= 0:
                    return ConditionValue.FromText(text);
                case ConditionTypeKind.Choice when text is not null:
                    Error(path, $"\"{text}\" is not a value of {field.Name}. Allowed: {Listed(field.Type.Choices)}.{DidYouMean(Suggestions.Closest(text, field.Type.Choices))}");
                    return null;
                default:
                    Error(path, $"{field.Name} is {field.Type.Describe()}, so the value must be one of those words in quotes; found {Found(element)}.");
                    return null;
            }
        }

        private void Error(string path, string message) => Errors.Add(new ConditionError(path, message));
    }
}
