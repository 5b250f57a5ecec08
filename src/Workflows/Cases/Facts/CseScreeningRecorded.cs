namespace EarlyHelp.Workflows.Cases.Facts;

/// <summary>A child sexual exploitation screening was completed.</summary>
/// <param name="ChildId">The child screened.</param>
/// <param name="Risk">The risk judged.</param>
public sealed record CseScreeningRecorded(Guid ChildId, CseRisk Risk);

/// <summary>Risk levels of a CSE screening.</summary>
public enum CseRisk
{
    /// <summary>No risk identified.</summary>
    None,

    /// <summary>Low risk.</summary>
    Low,

    /// <summary>Medium risk.</summary>
    Medium,

    /// <summary>High risk: a step-up decision is required.</summary>
    High,
}
