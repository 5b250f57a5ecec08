using System.Text;

namespace EarlyHelp.Workflows.Versions;

/// <summary>
/// What moving many instances with one map would do, instance by instance, without moving any: the report an
/// administrator reads before confirming ("12 instances would move; 2 cannot: ...").
/// </summary>
/// <param name="WorkflowId">The workflow.</param>
/// <param name="FromVersion">The version moved from.</param>
/// <param name="ToVersion">The version moved to.</param>
/// <param name="ActivityMap">The map, as given.</param>
/// <param name="MapProblems">Problems in the map itself; each stops every instance.</param>
/// <param name="Plans">One plan per instance.</param>
public sealed record MigrationDryRun(
    string WorkflowId,
    int FromVersion,
    int ToVersion,
    IReadOnlyDictionary<string, string> ActivityMap,
    IReadOnlyList<MigrationProblem> MapProblems,
    IReadOnlyList<InstanceMigrationPlan> Plans)
{
    /// <summary>The plans of instances that would move.</summary>
    public IReadOnlyList<InstanceMigrationPlan> Moving => [.. Plans.Where(p => p.Verdict == MigrationVerdict.Moves)];

    /// <summary>The plans of instances that cannot move.</summary>
    public IReadOnlyList<InstanceMigrationPlan> Blocked => [.. Plans.Where(p => p.Verdict == MigrationVerdict.Blocked)];

    /// <summary>The plans of instances that have ended, so have nothing to move.</summary>
    public IReadOnlyList<InstanceMigrationPlan> NothingToMove => [.. Plans.Where(p => p.Verdict == MigrationVerdict.NothingToMove)];

    /// <summary>The report in plain text: the totals, the map's problems, then one line per instance that would not move, then the moves.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        var moving = Moving;
        var blocked = Blocked;
        var ended = NothingToMove;
        text.Append(WorkflowId).Append(" v").Append(FromVersion).Append(" -> v").Append(ToVersion).Append(": ")
            .Append(Count(moving.Count, "instance")).Append(" would move")
            .Append("; ").Append(blocked.Count).Append(" cannot")
            .Append("; ").Append(ended.Count).Append(ended.Count == 1 ? " has" : " have").Append(" nothing to move")
            .AppendLine(".");
        foreach (var problem in MapProblems)
        {
            text.Append("  the map: ").AppendLine(problem.Message);
        }

        foreach (var plan in blocked)
        {
            var own = plan.Problems.Where(p => !p.ConcernsMap).Select(p => p.Message).ToList();
            text.Append("  instance ").Append(plan.InstanceId).Append(" cannot move: ")
                .AppendLine(own.Count == 0 ? "the map has problems (above)" : string.Join("; ", own));
        }

        foreach (var plan in ended)
        {
            text.Append("  ").AppendLine(plan.Summary);
        }

        foreach (var group in moving.SelectMany(p => p.Executions).GroupBy(e => e.Describe()).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("  ").Append(group.Key).Append(": ").AppendLine(Count(group.Count(), "waiting activity", "waiting activities"));
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToText();

    private static string Count(int count, string one, string? many = null) => $"{count} {(count == 1 ? one : many ?? one + "s")}";
}
