namespace EarlyHelp.Workflows.StateMachines;

/// <summary>Configures the transitions leaving one state, and its entry and exit actions.</summary>
/// <typeparam name="TState">The states of the machine.</typeparam>
/// <typeparam name="TTrigger">The triggers of the machine.</typeparam>
/// <typeparam name="TSubject">The object whose state the machine keeps.</typeparam>
public sealed class StateBuilder<TState, TTrigger, TSubject>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly StateMachineBuilder<TState, TTrigger, TSubject> _machine;

    internal StateBuilder(StateMachineBuilder<TState, TTrigger, TSubject> machine, TState state)
    {
        _machine = machine;
        State = state;
    }

    /// <summary>The state being configured.</summary>
    public TState State { get; }

    internal List<Action<TSubject, Transition<TState, TTrigger>>> EntryActions { get; } = [];

    internal List<Action<TSubject, Transition<TState, TTrigger>>> ExitActions { get; } = [];

    internal bool IsFinal { get; private set; }

    /// <summary>The trigger moves the subject from this state to <paramref name="destination"/>.</summary>
    /// <typeparam name="TData">The data the trigger carries.</typeparam>
    /// <param name="trigger">The trigger.</param>
    /// <param name="destination">The state entered.</param>
    public TransitionBuilder<TState, TTrigger, TSubject, TData> Permit<TData>(TTrigger trigger, TState destination)
        where TData : notnull
        => Add<TData>(new(trigger, State, [destination], isInternal: false, typeof(TData)));

    /// <summary>The trigger records something without leaving this state; no entry or exit action runs.</summary>
    /// <typeparam name="TData">The data the trigger carries.</typeparam>
    /// <param name="trigger">The trigger.</param>
    public TransitionBuilder<TState, TTrigger, TSubject, TData> PermitInternal<TData>(TTrigger trigger)
        where TData : notnull
        => Add<TData>(new(trigger, State, [State], isInternal: true, typeof(TData)));

    /// <summary>The trigger moves the subject to a state chosen from its data, among the declared ones.</summary>
    /// <typeparam name="TData">The data the trigger carries.</typeparam>
    /// <param name="trigger">The trigger.</param>
    /// <param name="choose">Chooses the destination; it must return one of <paramref name="destinations"/>.</param>
    /// <param name="destinations">Every state it can choose, so the graph can show them.</param>
    public TransitionBuilder<TState, TTrigger, TSubject, TData> PermitDynamic<TData>(
        TTrigger trigger, Func<TSubject, TData, TState> choose, params TState[] destinations)
        where TData : notnull
    {
        ArgumentNullException.ThrowIfNull(choose);
        if (destinations.Length == 0)
        {
            throw new ArgumentException("A dynamic transition must declare the states it can lead to.", nameof(destinations));
        }

        var definition = new TransitionDefinition<TState, TTrigger, TSubject>(trigger, State, [.. destinations.Distinct()], isInternal: false, typeof(TData))
        {
            DestinationSelector = (subject, data) => choose(subject, (TData)data),
        };
        return Add<TData>(definition);
    }

    /// <summary>An action run whenever this state is entered by a transition that changes state.</summary>
    /// <param name="action">Must only change the subject and must not fail: it also runs on replay.</param>
    public StateBuilder<TState, TTrigger, TSubject> OnEntry(Action<TSubject, Transition<TState, TTrigger>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        EntryActions.Add(action);
        return this;
    }

    /// <summary>An action run whenever this state is left by a transition that changes state.</summary>
    /// <param name="action">Must only change the subject and must not fail: it also runs on replay.</param>
    public StateBuilder<TState, TTrigger, TSubject> OnExit(Action<TSubject, Transition<TState, TTrigger>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        ExitActions.Add(action);
        return this;
    }

    /// <summary>Marks this state as an end state (drawn with an arrow to the end in the graphs).</summary>
    public StateBuilder<TState, TTrigger, TSubject> Final()
    {
        IsFinal = true;
        return this;
    }

    private TransitionBuilder<TState, TTrigger, TSubject, TData> Add<TData>(TransitionDefinition<TState, TTrigger, TSubject> definition)
        where TData : notnull
    {
        _machine.Add(definition);
        return new TransitionBuilder<TState, TTrigger, TSubject, TData>(definition);
    }
}
