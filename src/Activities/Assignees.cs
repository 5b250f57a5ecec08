using System.Text.Json;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Activities;

/// <summary>Reads an assignee input: {"person": id}, {"team": id}, {"role": role} or {"leadPractitioner": true}.</summary>
internal static class Assignees
{
    /// <summary>The assignee, or null after faulting the activity.</summary>
    public static Assignee? Resolve(ActivityContext context, string input)
    {
        if (context.Inputs.Find(input) is not { ValueKind: JsonValueKind.Object } json)
        {
            context.Fault($"the input '{input}' must say who the task is for");
            return null;
        }

        if (json.TryGetProperty("person", out var person))
        {
            return new Assignee(AssigneeKind.Person, person.GetString()!);
        }

        if (json.TryGetProperty("team", out var team))
        {
            return new Assignee(AssigneeKind.Team, team.GetString()!);
        }

        if (json.TryGetProperty("role", out var role))
        {
            return new Assignee(AssigneeKind.Role, role.GetString()!);
        }

        if (json.TryGetProperty("leadPractitioner", out _))
        {
            if (context.Case?.CurrentLeadPractitioners is [var lead])
            {
                return new Assignee(AssigneeKind.Person, lead.PractitionerId);
            }

            context.Fault("the task is for the lead practitioner, and the case has no single current lead practitioner");
            return null;
        }

        context.Fault($"the input '{input}' names no person, team, role or lead practitioner");
        return null;
    }

    /// <summary>Checks an assignee input's shape, for validation.</summary>
    public static string? Check(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object
        && json.EnumerateObject().Count() == 1
        && json.EnumerateObject().First() is var property
        && (property.Name is "person" or "team" or "role" && property.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(property.Value.GetString())
            || property.Name == "leadPractitioner" && property.Value.ValueKind == JsonValueKind.True)
            ? null
            : "an assignee is one of {\"person\": id}, {\"team\": id}, {\"role\": role} or {\"leadPractitioner\": true}";
}
