namespace EarlyHelp.Workflows.Versions;

/// <summary>Something that stops an instance moving to another version, said so an administrator can act on it.</summary>
/// <param name="Code">A stable code for the kind of problem, from <see cref="MigrationProblemCodes"/>.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
/// <param name="ActivityId">The activity concerned (of the older version, or a map target), if any.</param>
/// <param name="ExecutionId">The waiting or faulted execution concerned, if any.</param>
public sealed record MigrationProblem(string Code, string Message, string? ActivityId = null, Guid? ExecutionId = null)
{
    /// <summary>True when the problem is in the activity map itself, so it is the same for every instance planned with that map.</summary>
    public bool ConcernsMap => MigrationProblemCodes.OfTheMap.Contains(Code);

    /// <inheritdoc />
    public override string ToString() => ActivityId is null ? $"{Code}: {Message}" : $"{Code} at {ActivityId}: {Message}";
}

/// <summary>The stable codes of <see cref="MigrationProblem"/>, so the API and the designer can react to a kind without parsing messages.</summary>
public static class MigrationProblemCodes
{
    /// <summary>The two versions are of different workflows.</summary>
    public const string DifferentWorkflow = "different-workflow";

    /// <summary>The instance does not run the version being moved from.</summary>
    public const string WrongVersion = "wrong-version";

    /// <summary>The version being moved to is the one the instance is on.</summary>
    public const string SameVersion = "same-version";

    /// <summary>The version being moved to is a draft: instances run only on published versions.</summary>
    public const string TargetNotPublished = "target-not-published";

    /// <summary>A key of the map is not an activity of the version being moved from.</summary>
    public const string MapKeyUnknown = "map-key-unknown";

    /// <summary>A target of the map is not an activity of the version being moved to.</summary>
    public const string MapTargetUnknown = "map-target-unknown";

    /// <summary>The map moves an activity to one of another type or type version, whose waits and state could not carry over.</summary>
    public const string MapIncompatibleType = "map-incompatible-type";

    /// <summary>The instance waits (or is faulted) at an activity that the newer version does not have and the map does not mention.</summary>
    public const string Unmapped = "unmapped-activity";

    /// <summary>The instance waits at an activity whose id the newer version keeps but for another type of activity.</summary>
    public const string TypeChanged = "activity-type-changed";

    /// <summary>A waiting activity can leave by a port (a task's outcome, an alternative) that its new activity does not have.</summary>
    public const string PortMissing = "port-missing";

    /// <summary>Two waiting activities of one branch would become the same activity, which would then continue twice.</summary>
    public const string ExecutionsMerge = "executions-merge";

    /// <summary>A join part-way through, or a loop's count, belongs to an activity the newer version does not have and the map does not mention.</summary>
    public const string SharedStateLost = "shared-state-lost";

    /// <summary>A branch reached a join by a connection that the newer version does not have.</summary>
    public const string JoinArrivalLost = "join-arrival-lost";

    /// <summary>The instance is waiting at an activity its own version does not have (its saved state does not fit the version).</summary>
    public const string ExecutionNotInVersion = "execution-not-in-version";

    /// <summary>The codes of problems in the map itself, the same for every instance planned with it.</summary>
    public static IReadOnlyList<string> OfTheMap { get; } = [MapKeyUnknown, MapTargetUnknown, MapIncompatibleType];

    /// <summary>Every code.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        DifferentWorkflow, WrongVersion, SameVersion, TargetNotPublished, MapKeyUnknown, MapTargetUnknown, MapIncompatibleType,
        Unmapped, TypeChanged, PortMissing, ExecutionsMerge, SharedStateLost, JoinArrivalLost, ExecutionNotInVersion,
    ];
}
