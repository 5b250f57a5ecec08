namespace EarlyHelp.Workflows.StateMachines;

/// <summary>
/// The answer of a guard: allowed, or refused with a reason a person can act on.
/// </summary>
public sealed record GuardResult
{
    private GuardResult(bool isAllowed, string? reason)
    {
        IsAllowed = isAllowed;
        Reason = reason;
    }

    /// <summary>The guard lets the transition happen.</summary>
    public static GuardResult Allowed { get; } = new(true, null);

    /// <summary>True when the guard lets the transition happen.</summary>
    public bool IsAllowed { get; }

    /// <summary>Why the guard refused; null when allowed.</summary>
    public string? Reason { get; }

    /// <summary>Refuses with the given reason.</summary>
    /// <param name="reason">Plain words saying what is missing or wrong, for the person who asked.</param>
    public static GuardResult Refuse(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new GuardResult(false, reason);
    }

    /// <summary>Allowed when <paramref name="condition"/> holds, otherwise refused with <paramref name="reason"/>.</summary>
    /// <param name="condition">What must be true.</param>
    /// <param name="reason">Why it is refused when the condition does not hold.</param>
    public static GuardResult Require(bool condition, string reason) => condition ? Allowed : Refuse(reason);
}
