namespace EarlyHelp.Workflows.Definitions;

/// <summary>One problem with a workflow definition, said so a person can act on it.</summary>
/// <param name="Code">A stable code for the kind of problem (for example "dangling-connection").</param>
/// <param name="Message">What is wrong and what to do about it.</param>
/// <param name="ActivityId">The activity concerned, if any.</param>
/// <param name="Input">The input concerned, if any.</param>
public sealed record ValidationIssue(string Code, string Message, string? ActivityId = null, string? Input = null)
{
    /// <inheritdoc />
    public override string ToString() =>
        (ActivityId, Input) switch
        {
            (null, _) => $"{Code}: {Message}",
            (_, null) => $"{Code} at {ActivityId}: {Message}",
            _ => $"{Code} at {ActivityId}.{Input}: {Message}",
        };
}

/// <summary>The result of reading or validating a definition: the issues found (none means valid).</summary>
/// <param name="Issues">The issues.</param>
public sealed record ValidationReport(IReadOnlyList<ValidationIssue> Issues)
{
    /// <summary>True when there are no issues.</summary>
    public bool IsValid => Issues.Count == 0;

    /// <inheritdoc />
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Issues);
}
