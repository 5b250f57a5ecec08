namespace EarlyHelp.Workflows.StateMachines;

/// <summary>
/// What firing a trigger did. A refused trigger changed nothing; its <see cref="Reasons"/> say why.
/// </summary>
/// <typeparam name="TState">The states of the machine.</typeparam>
/// <typeparam name="TTrigger">The triggers of the machine.</typeparam>
/// <param name="Trigger">The trigger fired.</param>
/// <param name="From">The state before.</param>
/// <param name="To">The state after (equal to <paramref name="From"/> when refused or internal).</param>
/// <param name="Refusal">Why it was refused, or <see cref="Refusal.None"/>.</param>
/// <param name="Reasons">Every reason given by the guards that refused; empty when accepted.</param>
public sealed record FireResult<TState, TTrigger>(
    TTrigger Trigger,
    TState From,
    TState To,
    Refusal Refusal,
    IReadOnlyList<string> Reasons)
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    /// <summary>True when the transition happened.</summary>
    public bool IsAccepted => Refusal == Refusal.None;

    /// <summary>All reasons in one sentence, or null when accepted.</summary>
    public string? Reason => Reasons.Count == 0 ? null : string.Join("; ", Reasons);
}
