namespace EarlyHelp.Workflows.StateMachines;

/// <summary>One row of the transition table, with its data type erased so the table can hold every row.</summary>
internal sealed class TransitionDefinition<TState, TTrigger, TSubject>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    public TransitionDefinition(TTrigger trigger, TState source, IReadOnlyList<TState> destinations, bool isInternal, Type dataType)
    {
        Trigger = trigger;
        Source = source;
        Destinations = destinations;
        IsInternal = isInternal;
        DataType = dataType;
    }

    public TTrigger Trigger { get; }
    public TState Source { get; }
    public IReadOnlyList<TState> Destinations { get; }
    public bool IsInternal { get; }
    public Type DataType { get; }
    public Func<TSubject, object, TState>? DestinationSelector { get; set; }
    public List<NamedCheck<Func<TSubject, GuardResult>>> Guards { get; } = [];
    public List<NamedCheck<Func<TSubject, object, GuardResult>>> DataChecks { get; } = [];
    public List<Action<TSubject, object, Transition<TState, TTrigger>>> Effects { get; } = [];

    public TState DestinationFor(TSubject subject, object data)
    {
        if (DestinationSelector is null)
        {
            return Destinations[0];
        }

        var chosen = DestinationSelector(subject, data);
        if (!Destinations.Contains(chosen))
        {
            throw new InvalidOperationException(
                $"The transition {Source} --{Trigger}--> chose {chosen}, which is not one of its declared destinations.");
        }

        return chosen;
    }

    public TransitionDescription<TState, TTrigger> Describe() => new(
        Source,
        Trigger,
        Destinations,
        IsInternal,
        [.. Guards.Select(g => g.Description)],
        [.. DataChecks.Select(c => c.Description)]);
}

/// <summary>A check with the words that describe it in the graph exports and in "why not" answers.</summary>
internal sealed record NamedCheck<TCheck>(string Description, TCheck Check);
