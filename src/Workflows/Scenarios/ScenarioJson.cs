using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Scenarios;

/// <summary>
/// Reads a scenario file:
/// <code>
/// { "start": "2026-04-01T09:00:00Z",
///   "case": { "childrenBornOn": ["2021-06-01"], "levelOfNeed": "complex", "urgency": "standard", "referrerAgency": "school", "needsCategories": ["parenting"] },
///   "variables": { "name": value },
///   "steps": [
///     { "at": "...", "event": "name", "id": "e1", "scopeItem": 0, "payload": { } },
///     { "at": "...", "complete": "activity-id", "outcome": "done", "data": { }, "by": { "userId": "u1", "role": "lead-practitioner" }, "nth": 1 },
///     { "at": "...", "incident": "activity-id", "decision": "retry" | "skip" | "cancel", "port": "..." },
///     { "at": "...", "caseChange": "step-up", "fact": { }, "by": { ... } },
///     { "at": "..." } ],
///   "until": "..." }
/// </code>
/// </summary>
public static class ScenarioJson
{
    /// <summary>Reads a scenario.</summary>
    /// <param name="json">The scenario's JSON.</param>
    /// <exception cref="FormatException">The file is not a scenario; the message says where and why.</exception>
    public static Scenario Read(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The scenario is not valid JSON: {exception.Message}", exception);
        }

        if (root is not JsonObject scenario)
        {
            throw new FormatException("A scenario is a JSON object.");
        }

        var start = Instant(scenario, "start", "$");
        var variables = (scenario["variables"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value?.DeepClone()) ?? [];
        var steps = (scenario["steps"] as JsonArray ?? []).Select((step, index) => Step(step as JsonObject, $"$.steps[{index}]")).ToList();
        DateTimeOffset? until = scenario["until"] is null ? null : Instant(scenario, "until", "$");
        return new Scenario(start, Case(scenario["case"] as JsonObject), variables, steps, until);
    }

    private static ScenarioCase? Case(JsonObject? described) => described is null
        ? null
        : new ScenarioCase(
            [.. (described["childrenBornOn"] as JsonArray ?? []).Select(d => d is null ? (DateOnly?)null : DateOnly.ParseExact(d.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture))],
            Word<LevelOfNeed>(described, "levelOfNeed", LevelOfNeed.Complex),
            Word<Urgency>(described, "urgency", Urgency.Standard),
            Word<AgencyType>(described, "referrerAgency", AgencyType.School),
            [.. (described["needsCategories"] as JsonArray ?? ["parenting"]).Select(n => n!.GetValue<string>())]);

    private static ScenarioStep Step(JsonObject? step, string path)
    {
        if (step is null)
        {
            throw new FormatException($"{path}: a step is a JSON object.");
        }

        var at = Instant(step, "at", path);
        if (step["event"] is { } name)
        {
            return new ScenarioEvent(at, step["id"]?.GetValue<string>() ?? $"{path}", name.GetValue<string>(),
                step["scopeItem"]?.GetValue<int>(), step["payload"]?.DeepClone() as JsonObject);
        }

        if (step["complete"] is { } activity)
        {
            return new ScenarioTaskCompletion(at, activity.GetValue<string>(), step["outcome"]?.GetValue<string>() ?? "done",
                step["data"]?.DeepClone() as JsonObject, Actor(step["by"] as JsonObject, path), step["nth"]?.GetValue<int>() ?? 1);
        }

        if (step["incident"] is { } faulted)
        {
            return new ScenarioIncidentDecision(at, faulted.GetValue<string>(), step["decision"]?.GetValue<string>() ?? "retry", step["port"]?.GetValue<string>());
        }

        if (step["caseChange"] is { } trigger)
        {
            var word = trigger.GetValue<string>();
            var parsed = Enum.GetValues<CaseTrigger>().FirstOrDefault(t => JsonNamingPolicy.KebabCaseLower.ConvertName(t.ToString()) == word, (CaseTrigger)(-1));
            if (!Enum.IsDefined(parsed))
            {
                throw new FormatException($"{path}.caseChange: '{word}' is not a case trigger.");
            }

            return new ScenarioCaseChange(at, parsed, step["fact"] as JsonObject ?? [], Actor(step["by"] as JsonObject, path));
        }

        return new ScenarioAdvance(at);
    }

    private static Actor Actor(JsonObject? by, string path)
    {
        if (by is null)
        {
            return new Actor("scenario-user", ActorRole.LeadPractitioner);
        }

        var role = by["role"]?.GetValue<string>() ?? "lead-practitioner";
        try
        {
            return new Actor(by["userId"]?.GetValue<string>() ?? "scenario-user", CaseEventJson.ReadRole(role));
        }
        catch (JsonException)
        {
            throw new FormatException($"{path}.by.role: '{role}' is not a role.");
        }
    }

    private static DateTimeOffset Instant(JsonObject node, string field, string path) =>
        node[field] is { } value && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw new FormatException($"{path}.{field}: a time such as \"2026-04-01T09:00:00Z\" is needed.");

    private static T Word<T>(JsonObject node, string field, T fallback)
        where T : struct, Enum =>
        node[field] is { } value
            ? Enum.GetValues<T>().FirstOrDefault(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()) == value.GetValue<string>(), fallback)
            : fallback;
}
