using System.Text.Json.Serialization;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Workflows.Versions;

/// <summary>
/// What moving one instance to another version of its workflow would do: where each waiting or faulted activity
/// goes, where joins part-way through and loops' counts go, and what stops the move. Made by
/// <see cref="InstanceMigration.Plan"/>; carried out by <see cref="InstanceMigration.Apply"/> only when
/// <see cref="Verdict"/> is <see cref="MigrationVerdict.Moves"/>. A dry run shows plans and applies none.
/// </summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="WorkflowId">The workflow.</param>
/// <param name="FromVersion">The version the instance is to move from.</param>
/// <param name="ToVersion">The version it is to move to.</param>
/// <param name="ActivityMap">The map from older activity ids to newer ones, as given.</param>
/// <param name="Verdict">Whether it moves, cannot move, or has nothing to move.</param>
/// <param name="Executions">Each waiting or faulted activity and where it would go.</param>
/// <param name="SharedStates">Each join part-way through and loop count, and where it would go.</param>
/// <param name="VariablesAdded">Variables the newer version declares that the instance does not have; they start at their defaults.</param>
/// <param name="Problems">What stops the move; empty when it can go ahead.</param>
/// <param name="Notes">What an administrator should know that does not stop the move.</param>
/// <param name="Instance">
/// A copy of the instance as it was when planned, which <see cref="InstanceMigration.Apply"/> moves. Its
/// <see cref="WorkflowInstance.Version"/> is the concurrency token to save against: if the instance took a step
/// since, plan again. Left out when the plan is written as JSON (a dry run's response).
/// </param>
public sealed record InstanceMigrationPlan(
    Guid InstanceId,
    string WorkflowId,
    int FromVersion,
    int ToVersion,
    IReadOnlyDictionary<string, string> ActivityMap,
    MigrationVerdict Verdict,
    IReadOnlyList<ExecutionMove> Executions,
    IReadOnlyList<SharedStateMove> SharedStates,
    IReadOnlyList<VariableDefinition> VariablesAdded,
    IReadOnlyList<MigrationProblem> Problems,
    IReadOnlyList<string> Notes,
    [property: JsonIgnore] WorkflowInstance Instance)
{
    /// <summary>True when the instance can move.</summary>
    public bool CanMove => Verdict == MigrationVerdict.Moves;

    /// <summary>The instance's concurrency token when planned (<see cref="WorkflowInstance.Version"/>).</summary>
    public int InstanceVersion => Instance.Version;

    /// <summary>One line for a dry run's report.</summary>
    public string Summary => Verdict switch
    {
        MigrationVerdict.Moves => $"instance {InstanceId} would move from v{FromVersion} to v{ToVersion}"
            + (Executions.Count == 0 ? "" : ": " + string.Join(", ", Executions.Select(e => e.Describe()))),
        MigrationVerdict.NothingToMove => $"instance {InstanceId} has nothing to move: {string.Join("; ", Notes)}",
        _ => $"instance {InstanceId} cannot move: {string.Join("; ", Problems.Select(p => p.Message))}",
    };

    /// <inheritdoc />
    public override string ToString() => Summary;
}

/// <summary>What a plan concluded for its instance.</summary>
public enum MigrationVerdict
{
    /// <summary>The instance can move: nothing stops it.</summary>
    Moves,

    /// <summary>Something stops the move; see <see cref="InstanceMigrationPlan.Problems"/>.</summary>
    Blocked,

    /// <summary>The instance has ended: nothing waits, so there is nothing to move.</summary>
    NothingToMove,
}

/// <summary>How a waiting or faulted activity finds its place in the newer version.</summary>
public enum MoveRoute
{
    /// <summary>The newer version has an activity with the same id (and the map does not mention it).</summary>
    SameActivity,

    /// <summary>The map names where it goes.</summary>
    Mapped,

    /// <summary>It has nowhere to go: the newer version does not have it and the map does not mention it.</summary>
    Nowhere,
}

/// <summary>Where one waiting or faulted activity of the instance would go.</summary>
/// <param name="ExecutionId">The execution; it keeps its id, bookmarks and state.</param>
/// <param name="FromActivityId">The activity it is at now.</param>
/// <param name="ToActivityId">The activity it would be at; null when it has nowhere to go.</param>
/// <param name="Route">How that was found.</param>
/// <param name="IsFaulted">True when an incident holds it.</param>
/// <param name="Scope">The for-each branches around it.</param>
/// <param name="Bookmarks">What it waits for: its human tasks and timers keep their ids, and the Host moves their rows to <paramref name="ToActivityId"/>.</param>
public sealed record ExecutionMove(
    Guid ExecutionId,
    string FromActivityId,
    string? ToActivityId,
    MoveRoute Route,
    bool IsFaulted,
    IReadOnlyList<ScopeFrame> Scope,
    IReadOnlyList<Bookmark> Bookmarks)
{
    /// <summary>True when the execution changes activity id (the Host then updates its task and timer rows).</summary>
    public bool IsRenamed => ToActivityId is not null && ToActivityId != FromActivityId;

    /// <summary>The ids of the human tasks it waits for.</summary>
    public IReadOnlyList<Guid> TaskIds => Ids(BookmarkKind.Task);

    /// <summary>The ids of the timers it waits for.</summary>
    public IReadOnlyList<Guid> TimerIds => Ids(BookmarkKind.Timer);

    internal string Describe() => ToActivityId is null ? $"{FromActivityId} -> (nowhere)"
        : IsRenamed ? $"{FromActivityId} -> {ToActivityId}"
        : $"{FromActivityId} stays";

    private IReadOnlyList<Guid> Ids(BookmarkKind kind) =>
        [.. Bookmarks.Where(b => b.Kind == kind).Select(b => Guid.TryParse(b.Key, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];
}

/// <summary>Where a join part-way through, or a loop's count, would go.</summary>
/// <param name="FromKey">Its key in <see cref="WorkflowInstance.SharedStates"/> now (the activity id, then the branch scope).</param>
/// <param name="ToKey">Its key after the move.</param>
/// <param name="FromActivityId">The join or loop now.</param>
/// <param name="ToActivityId">The join or loop after the move.</param>
public sealed record SharedStateMove(string FromKey, string ToKey, string FromActivityId, string ToActivityId);
