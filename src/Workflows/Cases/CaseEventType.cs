namespace EarlyHelp.Workflows.Cases;

/// <summary>One kind of case event: its stable key, the trigger that records it, and its fact's type.</summary>
public abstract class CaseEventType
{
    private protected CaseEventType(string key, CaseTrigger? trigger, Type factType)
    {
        Key = key;
        Trigger = trigger;
        FactType = factType;
    }

    /// <summary>The stable key written in the history and in import files.</summary>
    public string Key { get; }

    /// <summary>The trigger that records it; null for the opening fact.</summary>
    public CaseTrigger? Trigger { get; }

    /// <summary>The type of its fact.</summary>
    public Type FactType { get; }

    /// <summary>Wraps a fact of this type with who and when, as the lifecycle expects.</summary>
    /// <param name="fact">The fact; must be of <see cref="FactType"/>.</param>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    public abstract CaseCommand Command(object fact, Actor by, DateTimeOffset at);
}

/// <summary>A <see cref="CaseEventType"/> for facts of <typeparamref name="TFact"/>.</summary>
/// <typeparam name="TFact">The fact's type.</typeparam>
public sealed class CaseEventType<TFact> : CaseEventType
    where TFact : notnull
{
    internal CaseEventType(string key, CaseTrigger? trigger)
        : base(key, trigger, typeof(TFact))
    {
    }

    /// <inheritdoc />
    public override CaseCommand Command(object fact, Actor by, DateTimeOffset at) => new CaseCommand<TFact>((TFact)fact, by, at);
}
