namespace EarlyHelp.Workflows.Cases;

/// <summary>An open episode found for a child, offered before a new one is started.</summary>
/// <param name="CaseId">The open case.</param>
/// <param name="ChildId">The child it concerns.</param>
/// <param name="State">Where it is.</param>
public sealed record OpenEpisode(Guid CaseId, Guid ChildId, CaseState State);

/// <summary>Which states count as an open Early Help episode.</summary>
public static class CaseStates
{
    /// <summary>
    /// True while Early Help is working with the family: every state but <see cref="CaseState.Closed"/> and
    /// <see cref="CaseState.SteppedUp"/> (a step-up ends the Early Help episode).
    /// </summary>
    /// <param name="state">The state.</param>
    public static bool IsOpen(this CaseState state) => state is not (CaseState.Closed or CaseState.SteppedUp);
}
