namespace EarlyHelp.Workflows.Cases;

/// <summary>The answer to opening a case: the new case, or why not and the open episodes offered instead.</summary>
/// <param name="Case">The new case; null when refused.</param>
/// <param name="Reasons">Why it was refused; empty when opened.</param>
/// <param name="OpenEpisodes">Open episodes of the same children, offered instead of a new one.</param>
public sealed record CaseOpening(Case? Case, IReadOnlyList<string> Reasons, IReadOnlyList<OpenEpisode> OpenEpisodes)
{
    /// <summary>True when the case was opened.</summary>
    public bool IsOpened => Case is not null;

    /// <summary>All reasons in one sentence, or null when opened.</summary>
    public string? Reason => Reasons.Count == 0 ? null : string.Join("; ", Reasons);
}
