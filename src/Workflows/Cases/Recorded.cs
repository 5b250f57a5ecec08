namespace EarlyHelp.Workflows.Cases;

/// <summary>A fact as held on the case: the fact, when it happened and who recorded it.</summary>
/// <typeparam name="TFact">The fact's type.</typeparam>
/// <param name="Fact">The fact.</param>
/// <param name="At">When.</param>
/// <param name="By">Who.</param>
public sealed record Recorded<TFact>(TFact Fact, DateTimeOffset At, Actor By);
