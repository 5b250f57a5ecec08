namespace EarlyHelp.Workflows.Conditions;

/// <summary>A problem found reading a condition, where it is and what to do about it.</summary>
/// <param name="Path">Where, as a JSON path from the condition's root ("$.all[1].any[0].op").</param>
/// <param name="Message">What is wrong and how to put it right, in plain words for the administrator.</param>
public sealed record ConditionError(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>What <see cref="ConditionJson.Read(System.Text.Json.JsonElement, ConditionSchema, string)"/> found: the condition, or the errors.</summary>
/// <param name="Condition">The condition; null when there are errors.</param>
/// <param name="Errors">Every problem found, in document order; empty when the condition was read.</param>
public sealed record ConditionReadResult(Condition? Condition, IReadOnlyList<ConditionError> Errors)
{
    /// <summary>True when the condition was read with no errors.</summary>
    public bool IsValid => Condition is not null && Errors.Count == 0;
}
