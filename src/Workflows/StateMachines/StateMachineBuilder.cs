namespace EarlyHelp.Workflows.StateMachines;

/// <summary>Builds the transition table of a <see cref="StateMachine{TState, TTrigger, TSubject}"/>.</summary>
/// <typeparam name="TState">The states of the machine.</typeparam>
/// <typeparam name="TTrigger">The triggers of the machine.</typeparam>
/// <typeparam name="TSubject">The object whose state the machine keeps; the state lives on the subject.</typeparam>
/// <param name="initialState">The state a new subject starts in.</param>
/// <param name="readState">Reads the subject's state.</param>
/// <param name="writeState">Writes the subject's state.</param>
public sealed class StateMachineBuilder<TState, TTrigger, TSubject>(
    TState initialState,
    Func<TSubject, TState> readState,
    Action<TSubject, TState> writeState)
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Dictionary<TState, StateBuilder<TState, TTrigger, TSubject>> _states = [];
    private readonly Dictionary<(TState, TTrigger), TransitionDefinition<TState, TTrigger, TSubject>> _transitions = [];
    private readonly List<MachineGuard<TTrigger, TSubject>> _machineGuards = [];

    /// <summary>Configures one state; calling it again for the same state continues its configuration.</summary>
    /// <param name="state">The state.</param>
    public StateBuilder<TState, TTrigger, TSubject> Configure(TState state)
    {
        if (!_states.TryGetValue(state, out var builder))
        {
            builder = new StateBuilder<TState, TTrigger, TSubject>(this, state);
            _states.Add(state, builder);
        }

        return builder;
    }

    /// <summary>
    /// A guard judged before every trigger in every state except the exempt ones: for a rule that holds
    /// the whole record still (for example, a decision that must be made before anything else happens).
    /// </summary>
    /// <param name="guard">Allowed, or refused with a reason.</param>
    /// <param name="description">Short words for the documentation.</param>
    /// <param name="exempt">The triggers the guard never blocks.</param>
    public StateMachineBuilder<TState, TTrigger, TSubject> WhenAnyTrigger(Func<TSubject, GuardResult> guard, string description, params TTrigger[] exempt)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        _machineGuards.Add(new(description, guard, [.. exempt]));
        return this;
    }

    /// <summary>Freezes the table into a machine.</summary>
    public StateMachine<TState, TTrigger, TSubject> Build()
    {
        ArgumentNullException.ThrowIfNull(readState);
        ArgumentNullException.ThrowIfNull(writeState);
        foreach (var state in Enum.GetValues<TState>())
        {
            Configure(state);
        }

        return new StateMachine<TState, TTrigger, TSubject>(initialState, readState, writeState, _states, _transitions, [.. _machineGuards]);
    }

    internal void Add(TransitionDefinition<TState, TTrigger, TSubject> definition)
    {
        if (!_transitions.TryAdd((definition.Source, definition.Trigger), definition))
        {
            throw new InvalidOperationException(
                $"{definition.Trigger} is already configured from {definition.Source}: one transition per state and trigger.");
        }
    }
}
