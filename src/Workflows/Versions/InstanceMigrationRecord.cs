using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Workflows.Versions;

/// <summary>
/// The audit record of one migration, which the Host saves in the same transaction as the moved instances:
/// who moved which instances of which workflow from which version to which, with what map.
/// </summary>
/// <param name="By">Who confirmed the migration.</param>
/// <param name="At">When.</param>
/// <param name="WorkflowId">The workflow.</param>
/// <param name="FromVersion">The version moved from.</param>
/// <param name="ToVersion">The version moved to.</param>
/// <param name="ActivityMap">The map used: older activity id to newer activity id.</param>
/// <param name="InstanceIds">The instances moved.</param>
/// <param name="Reason">Why, in the administrator's words, if given.</param>
public sealed record InstanceMigrationRecord(
    Actor By,
    DateTimeOffset At,
    string WorkflowId,
    int FromVersion,
    int ToVersion,
    IReadOnlyDictionary<string, string> ActivityMap,
    IReadOnlyList<Guid> InstanceIds,
    string? Reason = null)
{
    /// <summary>
    /// The record of applied plans. They must come from one dry run or one map (same workflow, versions and map),
    /// and each must have moved; that is the caller's duty, so a mix is a programming error and throws.
    /// </summary>
    /// <param name="by">Who confirmed the migration.</param>
    /// <param name="at">When.</param>
    /// <param name="applied">The results of <see cref="InstanceMigration.Apply"/> that were saved.</param>
    /// <param name="reason">Why, in the administrator's words.</param>
    public static InstanceMigrationRecord For(Actor by, DateTimeOffset at, IReadOnlyCollection<InstanceMigrationResult> applied, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(applied);
        if (applied.Count == 0)
        {
            throw new ArgumentException("A migration record needs at least one moved instance.", nameof(applied));
        }

        var first = applied.First().Plan;
        if (applied.Any(r => !r.IsApplied))
        {
            throw new ArgumentException("Only applied results belong in a migration record.", nameof(applied));
        }

        if (applied.Select(r => r.Plan).Any(p => p.WorkflowId != first.WorkflowId || p.FromVersion != first.FromVersion || p.ToVersion != first.ToVersion
            || p.ActivityMap.Count != first.ActivityMap.Count || p.ActivityMap.Any(e => first.ActivityMap.GetValueOrDefault(e.Key) != e.Value)))
        {
            throw new ArgumentException("The results come from different migrations (workflow, versions or map differ).", nameof(applied));
        }

        return new InstanceMigrationRecord(by, at, first.WorkflowId, first.FromVersion, first.ToVersion,
            new SortedDictionary<string, string>(first.ActivityMap.ToDictionary(), StringComparer.Ordinal),
            [.. applied.Select(r => r.Plan.InstanceId)], reason);
    }
}
