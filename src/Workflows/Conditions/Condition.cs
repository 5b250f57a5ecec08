namespace EarlyHelp.Workflows.Conditions;

/// <summary>
/// A declarative condition of a pathway workflow (a decision's or a switch's rule): a tree of
/// <see cref="AllCondition"/>, <see cref="AnyCondition"/> and <see cref="NotCondition"/> over
/// <see cref="Comparison"/>s of case fields and workflow variables, or one of the constants <see cref="Always"/>
/// and <see cref="Never"/>. Immutable, with value equality; read and checked by <see cref="ConditionJson"/>,
/// described in words by <see cref="ConditionText"/>. There is no scripting: evaluation is a walk over the tree.
/// </summary>
public abstract record Condition
{
    private protected Condition()
    {
    }

    /// <summary>True whatever the case (JSON <c>true</c>).</summary>
    public static Condition Always { get; } = new ConstantCondition(true);

    /// <summary>False whatever the case (JSON <c>false</c>).</summary>
    public static Condition Never { get; } = new ConstantCondition(false);

    /// <summary>Whether the condition holds for the case and variables the scope resolves.</summary>
    /// <param name="scope">Resolves field names to values.</param>
    /// <exception cref="ConditionEvaluationException">A field holds a value of another type than the condition expects (for example a variable declared as a number holding text).</exception>
    public abstract bool Evaluate(IConditionScope scope);
}

/// <summary>Holds when every one of its conditions holds (JSON <c>{"all": [...]}</c>).</summary>
public sealed record AllCondition : Condition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="conditions">The conditions; at least one (use <see cref="Condition.Always"/> for none).</param>
    public AllCondition(params IEnumerable<Condition> conditions)
    {
        Conditions = Checked(conditions, "all");
    }

    /// <summary>The conditions, in order.</summary>
    public IReadOnlyList<Condition> Conditions { get; }

    /// <inheritdoc />
    public override bool Evaluate(IConditionScope scope) => Conditions.All(c => c.Evaluate(scope));

    /// <inheritdoc />
    public bool Equals(AllCondition? other) => other is not null && Conditions.SequenceEqual(other.Conditions);

    /// <inheritdoc />
    public override int GetHashCode() => Hash(Conditions, 1);

    internal static Condition[] Checked(IEnumerable<Condition> conditions, string word)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        Condition[] copy = [.. conditions];
        if (copy.Length == 0 || copy.Any(c => c is null))
        {
            throw new ArgumentException($"\"{word}\" needs at least one condition, and none may be null.", nameof(conditions));
        }

        return copy;
    }

    internal static int Hash(IEnumerable<Condition> conditions, int seed)
    {
        var hash = new HashCode();
        hash.Add(seed);
        foreach (var condition in conditions)
        {
            hash.Add(condition);
        }

        return hash.ToHashCode();
    }
}

/// <summary>Holds when at least one of its conditions holds (JSON <c>{"any": [...]}</c>).</summary>
public sealed record AnyCondition : Condition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="conditions">The conditions; at least one (use <see cref="Condition.Never"/> for none).</param>
    public AnyCondition(params IEnumerable<Condition> conditions)
    {
        Conditions = AllCondition.Checked(conditions, "any");
    }

    /// <summary>The conditions, in order.</summary>
    public IReadOnlyList<Condition> Conditions { get; }

    /// <inheritdoc />
    public override bool Evaluate(IConditionScope scope) => Conditions.Any(c => c.Evaluate(scope));

    /// <inheritdoc />
    public bool Equals(AnyCondition? other) => other is not null && Conditions.SequenceEqual(other.Conditions);

    /// <inheritdoc />
    public override int GetHashCode() => AllCondition.Hash(Conditions, 2);
}

/// <summary>
/// Holds when its condition does not (JSON <c>{"not": {...}}</c>). Note that a comparison on a field that is not
/// set is false, so its negation is true: <c>not (highest CSE risk is high)</c> holds for a case never screened.
/// </summary>
public sealed record NotCondition : Condition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="operand">The condition negated.</param>
    public NotCondition(Condition operand)
    {
        ArgumentNullException.ThrowIfNull(operand);
        Operand = operand;
    }

    /// <summary>The condition negated.</summary>
    public Condition Operand { get; }

    /// <inheritdoc />
    public override bool Evaluate(IConditionScope scope) => !Operand.Evaluate(scope);
}

/// <summary>A condition that is always true or always false (JSON <c>true</c> or <c>false</c>).</summary>
public sealed record ConstantCondition : Condition
{
    internal ConstantCondition(bool value) => Value = value;

    /// <summary>Its value.</summary>
    public bool Value { get; }

    /// <inheritdoc />
    public override bool Evaluate(IConditionScope scope) => Value;
}
