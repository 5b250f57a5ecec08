namespace EarlyHelp.Workflows.Cases;

/// <summary>A lead practitioner's allocation to the case over time.</summary>
/// <param name="PractitionerId">The practitioner.</param>
/// <param name="TeamId">Their locality team.</param>
/// <param name="From">When the allocation started.</param>
/// <param name="Until">When it ended; null while current.</param>
public sealed record LeadPractitionerAssignment(string PractitionerId, string TeamId, DateTimeOffset From, DateTimeOffset? Until)
{
    /// <summary>True while the allocation lasts.</summary>
    public bool IsCurrent => Until is null;
}
