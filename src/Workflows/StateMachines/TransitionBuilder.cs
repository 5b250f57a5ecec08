namespace EarlyHelp.Workflows.StateMachines;

/// <summary>Adds guards, data checks and effects to one transition whose trigger carries <typeparamref name="TData"/>.</summary>
/// <typeparam name="TState">The states of the machine.</typeparam>
/// <typeparam name="TTrigger">The triggers of the machine.</typeparam>
/// <typeparam name="TSubject">The object whose state the machine keeps.</typeparam>
/// <typeparam name="TData">The data the trigger carries.</typeparam>
public sealed class TransitionBuilder<TState, TTrigger, TSubject, TData>
    where TState : struct, Enum
    where TTrigger : struct, Enum
    where TData : notnull
{
    private readonly TransitionDefinition<TState, TTrigger, TSubject> _definition;

    internal TransitionBuilder(TransitionDefinition<TState, TTrigger, TSubject> definition) => _definition = definition;

    /// <summary>
    /// A guard over the subject alone. It is judged when the trigger is fired and when someone asks which
    /// triggers are permitted now.
    /// </summary>
    /// <param name="guard">Allowed, or refused with a reason.</param>
    /// <param name="description">Short words for the graph and the documentation ("consent recorded").</param>
    public TransitionBuilder<TState, TTrigger, TSubject, TData> When(Func<TSubject, GuardResult> guard, string description)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        _definition.Guards.Add(new(description, guard));
        return this;
    }

    /// <summary>A check over the trigger's data (and the subject), judged only when the trigger is fired.</summary>
    /// <param name="check">Allowed, or refused with a reason naming the missing or wrong value.</param>
    /// <param name="description">Short words for the documentation ("a reason code").</param>
    public TransitionBuilder<TState, TTrigger, TSubject, TData> Requires(Func<TSubject, TData, GuardResult> check, string description)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        _definition.DataChecks.Add(new(description, (subject, data) => check(subject, (TData)data)));
        return this;
    }

    /// <summary>
    /// What the transition records on the subject. Effects run after the exit actions of the old state and
    /// the change of state, before the entry actions of the new state; they also run when history is
    /// replayed, so they must only change the subject and must not fail.
    /// </summary>
    /// <param name="effect">The change to make.</param>
    public TransitionBuilder<TState, TTrigger, TSubject, TData> Then(Action<TSubject, TData, Transition<TState, TTrigger>> effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        _definition.Effects.Add((subject, data, transition) => effect(subject, (TData)data, transition));
        return this;
    }
}
