using System.Text.Json;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using static EarlyHelp.Activities.Inputs;

namespace EarlyHelp.Activities.Flow;

/// <summary>
/// A human task: work for a person, a team or a role, with a due date and outcomes that are its ports.
/// With "onlyWhileCaseIn" it is a milestone (WCP18): it can be completed only while the case is in one of
/// those states.
/// </summary>
public sealed class AssignTask : IActivity
{
    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        "flow/human-task", 1, "People", "Human task",
        "Gives a person, a team or a role a task with a due date, and waits until it is completed with one of its outcomes.",
        [
            Required("taskType", InputType.Text, "The kind of task, which worklists filter by (for example \"review\")."),
            Required("title", InputType.Text, "What to do, in plain words. No names: it appears in lists and notifications."),
            Required("assignee", InputType.Assignee, "Who: {\"person\": id}, {\"team\": id}, {\"role\": role} or {\"leadPractitioner\": true}."),
            Optional("due", InputType.Duration, "How long they have, from when the task is created."),
            Optional("outcomes", InputType.TextList, "How the task can be completed; each is a port.", "[\"done\"]"),
            Optional("onlyWhileCaseIn", InputType.TextList, "Case states in which the task may be completed (a milestone); any state when absent."),
        ],
        [],
        ActivityTraits.Waits,
        PortsFromInput: "outcomes");

    /// <inheritdoc />
    public void Execute(ActivityContext context)
    {
        if (Assignees.Resolve(context, "assignee") is not { } assignee)
        {
            return;
        }

        var due = context.Inputs.Duration("due")?.From(context.Now, context.Calendar);
        context.CreateTask(context.Inputs.Text("taskType")!, context.Inputs.Text("title")!, assignee, due, context.Inputs.TextList("outcomes"));
    }

    /// <inheritdoc />
    public void Resume(ActivityContext context, Bookmark bookmark, Stimulus stimulus)
    {
        var completed = (TaskCompleted)stimulus;
        var outcomes = context.Inputs.TextList("outcomes");
        if (!outcomes.Contains(completed.Outcome))
        {
            context.Refuse($"'{completed.Outcome}' is not an outcome of this task: use {string.Join(", ", outcomes)}");
            return;
        }

        var states = context.Inputs.TextList("onlyWhileCaseIn");
        if (states.Count > 0 && (context.Case is null || !states.Contains(CaseEventJson.Write(context.Case.State))))
        {
            context.Refuse($"this task can only be completed while the case is {string.Join(" or ", states)}");
            return;
        }

        context.Complete(completed.Outcome);
    }

    /// <inheritdoc />
    public IEnumerable<string> Validate(ActivityDefinition activity, WorkflowDefinition workflow)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Inputs.TryGetValue("assignee", out var assignee) && Assignees.Check(assignee) is { } problem)
        {
            yield return $"assignee: {problem}";
        }

        if (activity.Inputs.TryGetValue("onlyWhileCaseIn", out var states) && states.ValueKind == JsonValueKind.Array)
        {
            var known = Enum.GetValues<CaseState>().Select(CaseEventJson.Write).ToList();
            foreach (var state in states.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.String ? s.GetString() : s.GetRawText()).Where(s => !known.Contains(s!)))
            {
                yield return $"onlyWhileCaseIn: '{state}' is not a case state; use {string.Join(", ", known)}";
            }
        }
    }
}
