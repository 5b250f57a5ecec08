namespace EarlyHelp.Workflows.Conditions;

/// <summary>What a condition is evaluated against: resolves field names to values.</summary>
public interface IConditionScope
{
    /// <summary>
    /// The value of a field ("case.levelOfNeed", "variables.familyDeclined"); <see cref="ConditionValue.NotSet"/>
    /// when it has none (unknown, never recorded, a variable not yet assigned).
    /// </summary>
    /// <param name="field">The field's name, as in <see cref="ConditionFields"/> or "variables." and a declared variable's name.</param>
    ConditionValue Resolve(string field);
}
