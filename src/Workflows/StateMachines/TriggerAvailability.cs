namespace EarlyHelp.Workflows.StateMachines;

/// <summary>
/// Whether a trigger may be fired now, and if not, why not. Guards over the trigger's data cannot be
/// judged without the data; <see cref="Needs"/> lists what the data will have to satisfy.
/// </summary>
/// <typeparam name="TState">The states of the machine.</typeparam>
/// <typeparam name="TTrigger">The triggers of the machine.</typeparam>
/// <param name="Trigger">The trigger.</param>
/// <param name="IsPermitted">True when the current state and the record allow it.</param>
/// <param name="Reasons">Why not, when not permitted.</param>
/// <param name="Destinations">The states it can lead to from here (empty when not configured here).</param>
/// <param name="Needs">Descriptions of the checks made on the trigger's data when it is fired.</param>
public sealed record TriggerAvailability<TState, TTrigger>(
    TTrigger Trigger,
    bool IsPermitted,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<TState> Destinations,
    IReadOnlyList<string> Needs)
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    /// <summary>All reasons in one sentence, or null when permitted.</summary>
    public string? Reason => Reasons.Count == 0 ? null : string.Join("; ", Reasons);
}
