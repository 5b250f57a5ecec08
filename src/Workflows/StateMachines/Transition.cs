namespace EarlyHelp.Workflows.StateMachines;

/// <summary>The move being made, given to entry, exit and transition actions.</summary>
/// <typeparam name="TState">The states of the machine.</typeparam>
/// <typeparam name="TTrigger">The triggers of the machine.</typeparam>
/// <param name="Trigger">The trigger that caused it.</param>
/// <param name="From">The state left.</param>
/// <param name="To">The state entered (equal to <paramref name="From"/> for an internal transition).</param>
/// <param name="IsInternal">True when the state does not change and no entry or exit action runs.</param>
/// <param name="IsReplay">True when the transition is replayed from history rather than decided now.</param>
/// <param name="Data">The data the trigger carried.</param>
public sealed record Transition<TState, TTrigger>(
    TTrigger Trigger,
    TState From,
    TState To,
    bool IsInternal,
    bool IsReplay,
    object Data)
    where TState : struct, Enum
    where TTrigger : struct, Enum;
