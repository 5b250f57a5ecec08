namespace EarlyHelp.Workflows.Runtime;

/// <summary>A piece of work for a person: triage an enquiry, sign off a closure, hold a review.</summary>
/// <param name="Id">The task's id.</param>
/// <param name="InstanceId">The workflow instance waiting for it.</param>
/// <param name="ActivityId">The activity that created it.</param>
/// <param name="CaseId">The case it concerns, if any.</param>
/// <param name="TaskType">Its type, which worklists filter by ("triage", "closure-sign-off").</param>
/// <param name="Title">What to do, in plain words (no personal data: it appears in lists and notifications).</param>
/// <param name="Assignee">Who it is for.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="DueAt">When it is due.</param>
/// <param name="Outcomes">The outcomes a person can complete it with; each is a port of the activity.</param>
public sealed record HumanTask(
    Guid Id,
    Guid InstanceId,
    string ActivityId,
    Guid? CaseId,
    string TaskType,
    string Title,
    Assignee Assignee,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    IReadOnlyList<string> Outcomes);

/// <summary>Who a human task is for: a person, anyone in a team, or anyone with a role.</summary>
/// <param name="Kind">Person, team or role.</param>
/// <param name="Value">The person's id, the team's id, or the role's name.</param>
public sealed record Assignee(AssigneeKind Kind, string Value)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Value}";
}

/// <summary>The kinds of assignee.</summary>
public enum AssigneeKind
{
    /// <summary>One person.</summary>
    Person,

    /// <summary>Anyone in a team.</summary>
    Team,

    /// <summary>Anyone with a role.</summary>
    Role,
}
