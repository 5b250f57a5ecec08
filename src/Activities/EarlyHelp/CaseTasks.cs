using System.Text.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.EarlyHelp;

/// <summary>
/// What the human-task-backed Early Help activities share: their standard inputs (who, by when, what the task
/// says), creating the task, checking the outcome a person chose, and reading the lifecycle fact the person
/// entered from the completion's data.
/// </summary>
internal static class CaseTasks
{
    /// <summary>The assignee JSON of the case's lead practitioner.</summary>
    public const string LeadPractitioner = "{\"leadPractitioner\": true}";

    /// <summary>An assignee input with a default.</summary>
    public static InputDescriptor AssigneeInput(string defaultJson, string who, string name = "assignee") =>
        Optional(name, InputType.Assignee,
            $"Who {who}: {{\"person\": id}}, {{\"team\": id}}, {{\"role\": role}} or {{\"leadPractitioner\": true}}.", defaultJson);

    /// <summary>A due input; <paramref name="defaultJson"/> null for a task with no due date unless one is given.</summary>
    public static InputDescriptor DueInput(string description, string? defaultJson, string name = "due") =>
        Optional(name, InputType.Duration, description, defaultJson);

    /// <summary>A title input with a default (plain words: no quotes or backslashes to escape).</summary>
    public static InputDescriptor TitleInput(string defaultTitle, string name = "title") =>
        Optional(name, InputType.Text, "What the task says, in plain words. No names: it appears in lists and notifications.",
            $"\"{defaultTitle}\"");

    /// <summary>
    /// Creates the task from the assignee, due and title inputs and waits for it; faults (an incident) when the
    /// assignee cannot be resolved. The due date counts from <paramref name="dueFrom"/> (now when null).
    /// </summary>
    public static void Create(
        ActivityContext context, string taskType, IReadOnlyList<string> outcomes, DateTimeOffset? dueFrom = null,
        string assigneeInput = "assignee", string dueInput = "due", string titleInput = "title")
    {
        if (Assignee(context, assigneeInput) is not { } assignee)
        {
            return;
        }

        var due = context.Inputs.Duration(dueInput)?.From(dueFrom ?? context.Now, context.Calendar);
        context.CreateTask(taskType, context.Inputs.Text(titleInput)!, assignee, due, outcomes);
    }

    /// <summary>
    /// Resolves an assignee input. {"leadPractitioner": true} on a case that has ended (closed or stepped up, when
    /// no allocation is current any more) means the last lead practitioner, who knows the family.
    /// </summary>
    public static Assignee? Assignee(ActivityContext context, string input)
    {
        if (context.Inputs.Find(input) is { ValueKind: JsonValueKind.Object } json
            && json.TryGetProperty("leadPractitioner", out _)
            && context.Case is { CurrentLeadPractitioners.Count: 0, LeadPractitioners: [.., var last] } ended
            && !ended.State.IsOpen())
        {
            return new Assignee(AssigneeKind.Person, last.PractitionerId);
        }

        return Assignees.Resolve(context, input);
    }

    /// <summary>The completion, when its outcome is one of the task's; otherwise the completion is refused.</summary>
    public static TaskCompleted? Completion(ActivityContext context, Stimulus stimulus, IReadOnlyList<string> outcomes)
    {
        if (stimulus is not TaskCompleted completed)
        {
            context.Fault($"{context.Activity.Type} waits for its task, and was resumed by something else");
            return null;
        }

        if (!outcomes.Contains(completed.Outcome, StringComparer.Ordinal))
        {
            context.Refuse($"'{completed.Outcome}' is not an outcome of this task: use {string.Join(", ", outcomes)}");
            return null;
        }

        return completed;
    }

    /// <summary>
    /// The common end of a task-backed activity: the completion's data is the trigger's fact; fire it on the
    /// case and leave by "done". Any problem refuses the completion or faults, as its parts say.
    /// </summary>
    /// <param name="context">The activity's view of the step.</param>
    /// <param name="stimulus">What resumed it.</param>
    /// <param name="outcomes">The task's outcomes.</param>
    /// <param name="trigger">The lifecycle trigger the fact is for.</param>
    /// <param name="prepare">Fills in what the person may leave out (an identifier), before the fact is read.</param>
    public static void RecordFactAndComplete<TFact>(ActivityContext context, Stimulus stimulus, IReadOnlyList<string> outcomes, CaseTrigger trigger, Func<JsonObject?, JsonNode?>? prepare = null)
        where TFact : class
    {
        if (Completion(context, stimulus, outcomes) is { } completed
            && ReadFact<TFact>(context, trigger, prepare is null ? completed.Data : prepare(completed.Data)) is { } fact
            && context.FireOnCase(trigger, fact))
        {
            context.Complete("done");
        }
    }

    /// <summary>
    /// Reads the fact a trigger carries from a task's data (the history's JSON vocabulary). Missing or malformed
    /// data refuses the completion with what is wrong.
    /// </summary>
    public static TFact? ReadFact<TFact>(ActivityContext context, CaseTrigger trigger, JsonNode? data)
        where TFact : class
    {
        var type = CaseEventTypes.ForTrigger(trigger);
        if (data is not JsonObject fact)
        {
            context.Refuse(data is null
                ? $"the task was completed without data: it needs the {type.Key} fact"
                : $"the task's data must be a JSON object holding the {type.Key} fact");
            return null;
        }

        try
        {
            return (TFact)CaseEventJson.Read(type, fact.ToJsonString());
        }
        catch (JsonException exception)
        {
            context.Refuse($"the task's data is not a valid {type.Key} fact: {FactJsonProblems.Describe(type.FactType, exception)}");
            return null;
        }
    }

    /// <summary>
    /// A copy of the data with a field filled in from what the activity knows (the chosen outcome, the branch's
    /// child, the request waiting for the panel) when the person left it out; null data stays null.
    /// </summary>
    public static JsonObject? WithDefault(JsonObject? data, string field, string? value)
    {
        if (data is null)
        {
            return null;
        }

        var copy = (JsonObject)data.DeepClone();
        if (value is not null && (!copy.TryGetPropertyValue(field, out var given) || given is null))
        {
            copy[field] = value;
        }

        return copy;
    }

    /// <summary>The word the history uses for an enum value ("EarlyHelp" is "early-help").</summary>
    public static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Checks the shape of the listed assignee inputs, for validation.</summary>
    public static IEnumerable<string> CheckAssignees(ActivityDefinition activity, params string[] inputs)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var input in inputs)
        {
            if (activity.Inputs.TryGetValue(input, out var assignee) && assignee.ValueKind != JsonValueKind.Null && Assignees.Check(assignee) is { } problem)
            {
                yield return $"{input}: {problem}";
            }
        }
    }
}
