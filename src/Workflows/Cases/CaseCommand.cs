namespace EarlyHelp.Workflows.Cases;

/// <summary>A fact offered to the lifecycle with who offers it and when: the data every case trigger carries.</summary>
/// <param name="By">Who.</param>
/// <param name="At">When it happened (for imported history, when it happened then).</param>
public abstract record CaseCommand(Actor By, DateTimeOffset At)
{
    /// <summary>The fact itself.</summary>
    public abstract object Fact { get; }
}

/// <summary>A typed <see cref="CaseCommand"/>.</summary>
/// <typeparam name="TFact">The fact's type.</typeparam>
/// <param name="Data">The fact.</param>
/// <param name="By">Who.</param>
/// <param name="At">When.</param>
public sealed record CaseCommand<TFact>(TFact Data, Actor By, DateTimeOffset At) : CaseCommand(By, At)
    where TFact : notnull
{
    /// <inheritdoc />
    public override object Fact => Data;
}
