using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Workflows.Versions;

/// <summary>
/// What a change to a workflow's versions did: accepted with the version to save, or refused with the reason
/// (and, when publishing or importing, the issues found) and nothing to save.
/// </summary>
/// <param name="Definition">The version to save; null when refused.</param>
/// <param name="Reason">Why it was refused, in words a person can act on; null when accepted.</param>
/// <param name="Report">The validation issues behind a refusal to publish or import; empty otherwise.</param>
public sealed record VersionResult(WorkflowDefinition? Definition, string? Reason, ValidationReport Report)
{
    private static readonly ValidationReport NoIssues = new([]);

    /// <summary>True when the change was made and <see cref="Definition"/> is to be saved.</summary>
    public bool IsAccepted => Reason is null;

    /// <inheritdoc />
    public override string ToString() =>
        IsAccepted ? $"accepted: {Definition!.Id} v{Definition.Version} ({Definition.Status.ToString().ToLowerInvariant()})"
        : Report.IsValid ? $"refused: {Reason}"
        : $"refused: {Reason}{Environment.NewLine}{Report}";

    internal static VersionResult Accepted(WorkflowDefinition definition) => new(definition, null, NoIssues);

    internal static VersionResult Refused(string reason, ValidationReport? report = null) => new(null, reason, report ?? NoIssues);
}
