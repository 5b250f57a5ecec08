using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Host.Admin;

/// <summary>One problem of a workflow definition, as the API reports it: its stable code, what to do, and where it is.</summary>
/// <param name="Code">From <see cref="ValidationCodes"/>.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
/// <param name="ActivityId">The activity concerned, if any.</param>
/// <param name="Input">The activity's input concerned, if any.</param>
/// <param name="Path">Where in the definition's JSON, for example "$.activities[2].inputs.due", when known.</param>
internal sealed record ValidationIssueResponse(string Code, string Message, string? ActivityId, string? Input, string? Path);

/// <summary>The answer to a definition that was saved or checked: which version, and what is still to fix before publishing.</summary>
internal sealed record WorkflowVersionSaved(string Id, int Version, string Status, bool Valid, IReadOnlyList<ValidationIssueResponse> Issues);

/// <summary>The validation report of a definition, and the problem answered when a definition cannot be taken.</summary>
internal static class DefinitionReports
{
    public static IReadOnlyList<ValidationIssueResponse> Issues(ValidationReport report, WorkflowDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Issues.Select(i => new ValidationIssueResponse(i.Code, i.Message, i.ActivityId, i.Input, PathOf(i, definition)))];
    }

    /// <summary>422 with the report as "issues": the body was JSON, but not a definition that can be taken as it is.</summary>
    public static IResult Unprocessable(string title, ValidationReport report, WorkflowDefinition? definition) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: title,
            detail: "Each issue names its code and where it is. Nothing was saved.",
            extensions: new Dictionary<string, object?> { ["issues"] = Issues(report, definition) });

    public static WorkflowVersionSaved Saved(WorkflowDefinition definition, ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(report);
        return new WorkflowVersionSaved(definition.Id, definition.Version, Workflows.WorkflowDefinitionRows.StatusWord(definition.Status), report.IsValid, Issues(report, definition));
    }

    private static string? PathOf(ValidationIssue issue, WorkflowDefinition? definition)
    {
        if (issue.ActivityId is null)
        {
            // The reader's issues start with where they are: "$.activities[2]: the field \"type\" is missing".
            var colon = issue.Message.IndexOf(": ", StringComparison.Ordinal);
            return issue.Message.StartsWith('$') && colon > 0 ? issue.Message[..colon] : null;
        }

        var index = definition is null ? -1 : IndexOf(definition.Activities, issue.ActivityId);
        if (index < 0)
        {
            return null;
        }

        var activity = $"$.activities[{index}]";
        return issue.Input is null ? activity : $"{activity}.inputs.{issue.Input}";
    }

    private static int IndexOf(IReadOnlyList<ActivityDefinition> activities, string activityId)
    {
        for (var i = 0; i < activities.Count; i++)
        {
            if (activities[i].Id == activityId)
            {
                return i;
            }
        }

        return -1;
    }
}
