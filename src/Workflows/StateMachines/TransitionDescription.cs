namespace EarlyHelp.Workflows.StateMachines;

/// <summary>A row of the transition table as data: for exports, documentation and tests.</summary>
/// <typeparam name="TState">The states of the machine.</typeparam>
/// <typeparam name="TTrigger">The triggers of the machine.</typeparam>
/// <param name="Source">The state the transition leaves from.</param>
/// <param name="Trigger">The trigger that fires it.</param>
/// <param name="Destinations">Where it can lead; one state unless the destination depends on the data.</param>
/// <param name="IsInternal">True when the state does not change.</param>
/// <param name="Guards">Descriptions of the guards over the record.</param>
/// <param name="DataChecks">Descriptions of the checks over the trigger's data.</param>
public sealed record TransitionDescription<TState, TTrigger>(
    TState Source,
    TTrigger Trigger,
    IReadOnlyList<TState> Destinations,
    bool IsInternal,
    IReadOnlyList<string> Guards,
    IReadOnlyList<string> DataChecks)
    where TState : struct, Enum
    where TTrigger : struct, Enum;
