namespace EarlyHelp.Workflows.StateMachines;

/// <summary>
/// A small typed state machine: a transition table with guards that give reasons, triggers that carry
/// data, entry and exit actions, and an answer to "which triggers are permitted now, and why not the
/// others". It keeps no state of its own: the state lives on the subject, so one machine serves every
/// subject and can be shared between threads once built.
/// </summary>
/// <remarks>
/// Firing checks everything before changing anything, so a refused trigger changes nothing. The order
/// of an accepted transition is: exit actions of the old state, the change of state, the transition's
/// effects, entry actions of the new state. <see cref="Replay"/> runs the same actions without the guards,
/// to rebuild a subject from its recorded history even after the rules have changed.
/// </remarks>
/// <typeparam name="TState">The states.</typeparam>
/// <typeparam name="TTrigger">The triggers.</typeparam>
/// <typeparam name="TSubject">The object whose state the machine keeps.</typeparam>
public sealed class StateMachine<TState, TTrigger, TSubject>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Func<TSubject, TState> _readState;
    private readonly Action<TSubject, TState> _writeState;
    private readonly IReadOnlyDictionary<TState, StateBuilder<TState, TTrigger, TSubject>> _states;
    private readonly IReadOnlyDictionary<(TState, TTrigger), TransitionDefinition<TState, TTrigger, TSubject>> _transitions;
    private readonly IReadOnlyList<MachineGuard<TTrigger, TSubject>> _machineGuards;

    internal StateMachine(
        TState initialState,
        Func<TSubject, TState> readState,
        Action<TSubject, TState> writeState,
        IReadOnlyDictionary<TState, StateBuilder<TState, TTrigger, TSubject>> states,
        IReadOnlyDictionary<(TState, TTrigger), TransitionDefinition<TState, TTrigger, TSubject>> transitions,
        IReadOnlyList<MachineGuard<TTrigger, TSubject>> machineGuards)
    {
        _machineGuards = machineGuards;
        InitialState = initialState;
        _readState = readState;
        _writeState = writeState;
        _states = states;
        _transitions = transitions;
        Transitions = [.. transitions.Values
            .OrderBy(t => t.Source)
            .ThenBy(t => t.Trigger)
            .Select(t => t.Describe())];
    }

    /// <summary>The state a new subject starts in.</summary>
    public TState InitialState { get; }

    /// <summary>The transition table, ordered by source state then trigger.</summary>
    public IReadOnlyList<TransitionDescription<TState, TTrigger>> Transitions { get; }

    /// <summary>Guards judged before every trigger they do not exempt, with the triggers they exempt.</summary>
    public IReadOnlyList<(string Description, IReadOnlyCollection<TTrigger> Exempt)> MachineGuards =>
        [.. _machineGuards.Select(g => (g.Description, (IReadOnlyCollection<TTrigger>)g.Exempt))];

    /// <summary>True when <paramref name="state"/> is an end state.</summary>
    /// <param name="state">The state.</param>
    public bool IsFinal(TState state) => _states[state].IsFinal;

    /// <summary>Fires a trigger: moves the subject and runs the actions, or refuses and changes nothing.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="data">The trigger's data; it must be of the type the transition was configured with.</param>
    /// <exception cref="ArgumentException">The data is of the wrong type: a programming error, not a refusal.</exception>
    public FireResult<TState, TTrigger> Fire(TSubject subject, TTrigger trigger, object data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var from = _readState(subject);
        if (!_transitions.TryGetValue((from, trigger), out var transition))
        {
            return Refused(trigger, from, Refusal.NotPermittedInState, [NotPermittedReason(trigger, from)]);
        }

        CheckDataType(transition, data);
        var guardReasons = GuardRefusals(subject, transition);
        if (guardReasons.Count > 0)
        {
            return Refused(trigger, from, Refusal.GuardRefused, guardReasons);
        }

        var dataReasons = RefusalsOf(transition.DataChecks.Select(c => c.Check(subject, data)));
        if (dataReasons.Count > 0)
        {
            return Refused(trigger, from, Refusal.InvalidData, dataReasons);
        }

        var to = transition.DestinationFor(subject, data);
        Run(subject, transition, data, new Transition<TState, TTrigger>(trigger, from, to, transition.IsInternal, IsReplay: false, data));
        return new FireResult<TState, TTrigger>(trigger, from, to, Refusal.None, []);
    }

    /// <summary>
    /// Replays a recorded transition without judging the guards: the decision was made when it was recorded.
    /// </summary>
    /// <param name="subject">The subject being rebuilt.</param>
    /// <param name="trigger">The recorded trigger.</param>
    /// <param name="data">The recorded data.</param>
    /// <param name="to">The recorded destination.</param>
    /// <exception cref="InvalidOperationException">The history does not fit the table (no such transition).</exception>
    public void Replay(TSubject subject, TTrigger trigger, object data, TState to)
    {
        ArgumentNullException.ThrowIfNull(data);
        var from = _readState(subject);
        if (!_transitions.TryGetValue((from, trigger), out var transition) || !transition.Destinations.Contains(to))
        {
            throw new InvalidOperationException($"The recorded transition {from} --{trigger}--> {to} is not in the transition table.");
        }

        CheckDataType(transition, data);
        Run(subject, transition, data, new Transition<TState, TTrigger>(trigger, from, to, transition.IsInternal, IsReplay: true, data));
    }

    /// <summary>Which triggers are permitted now, and why not the others: one answer per trigger.</summary>
    /// <param name="subject">The subject.</param>
    public IReadOnlyList<TriggerAvailability<TState, TTrigger>> Explain(TSubject subject) =>
        [.. Enum.GetValues<TTrigger>().Select(trigger => Explain(subject, trigger))];

    /// <summary>Whether one trigger is permitted now, and if not, why not.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="trigger">The trigger.</param>
    public TriggerAvailability<TState, TTrigger> Explain(TSubject subject, TTrigger trigger)
    {
        var state = _readState(subject);
        if (!_transitions.TryGetValue((state, trigger), out var transition))
        {
            return new(trigger, false, [NotPermittedReason(trigger, state)], [], []);
        }

        var reasons = GuardRefusals(subject, transition);
        return new(trigger, reasons.Count == 0, reasons, transition.Destinations, [.. transition.DataChecks.Select(c => c.Description)]);
    }

    private static string NotPermittedReason(TTrigger trigger, TState state) => $"{trigger} is not permitted in {state}";

    private static FireResult<TState, TTrigger> Refused(TTrigger trigger, TState from, Refusal refusal, IReadOnlyList<string> reasons) =>
        new(trigger, from, from, refusal, reasons);

    private static List<string> RefusalsOf(IEnumerable<GuardResult> results) =>
        [.. results.Where(r => !r.IsAllowed).Select(r => r.Reason!)];

    private List<string> GuardRefusals(TSubject subject, TransitionDefinition<TState, TTrigger, TSubject> transition) =>
        RefusalsOf(_machineGuards
            .Where(g => !g.Exempt.Contains(transition.Trigger))
            .Select(g => g.Check(subject))
            .Concat(transition.Guards.Select(g => g.Check(subject))));

    private static void CheckDataType(TransitionDefinition<TState, TTrigger, TSubject> transition, object data)
    {
        if (!transition.DataType.IsInstanceOfType(data))
        {
            throw new ArgumentException(
                $"{transition.Trigger} carries {transition.DataType.Name}, not {data.GetType().Name}.", nameof(data));
        }
    }

    private void Run(TSubject subject, TransitionDefinition<TState, TTrigger, TSubject> definition, object data, Transition<TState, TTrigger> transition)
    {
        if (!definition.IsInternal)
        {
            foreach (var exit in _states[transition.From].ExitActions)
            {
                exit(subject, transition);
            }

            _writeState(subject, transition.To);
        }

        foreach (var effect in definition.Effects)
        {
            effect(subject, data, transition);
        }

        if (!definition.IsInternal)
        {
            foreach (var entry in _states[transition.To].EntryActions)
            {
                entry(subject, transition);
            }
        }
    }
}
