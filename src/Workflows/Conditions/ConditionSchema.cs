using System.Text;

namespace EarlyHelp.Workflows.Conditions;

/// <summary>
/// The fields the conditions of one workflow may name: the case fields of <see cref="ConditionFields"/>, and the
/// workflow's declared variables as "variables." and the variable's name, with their declared types.
/// </summary>
public sealed class ConditionSchema
{
    private readonly Dictionary<string, ConditionField> _fields = new(StringComparer.Ordinal);

    /// <summary>Creates the schema of a workflow.</summary>
    /// <param name="variables">The declared variables by name, without the "variables." prefix ("familyDeclined"), and their types.</param>
    public ConditionSchema(IReadOnlyDictionary<string, ConditionType> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        foreach (var field in ConditionFields.All)
        {
            _fields.Add(field.Name, field);
        }

        foreach (var (name, type) in variables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(variables));
            ArgumentNullException.ThrowIfNull(type, nameof(variables));
            _fields.Add(ConditionFields.VariablePrefix + name, new ConditionField(
                ConditionFields.VariablePrefix + name, type, Words(name), $"The workflow variable \"{name}\", {type.Describe()}. Not set until the workflow assigns it."));
        }

        Variables = variables;
        Fields = [.. ConditionFields.All, .. _fields.Values.Where(f => f.Name.StartsWith(ConditionFields.VariablePrefix, StringComparison.Ordinal))];
    }

    /// <summary>The schema of a workflow that declares no variables.</summary>
    public static ConditionSchema CaseFieldsOnly { get; } = new(new Dictionary<string, ConditionType>());

    /// <summary>The declared variables by name (without the prefix), and their types.</summary>
    public IReadOnlyDictionary<string, ConditionType> Variables { get; }

    /// <summary>Every field a condition may name: the case fields, then the variables by name.</summary>
    public IReadOnlyList<ConditionField> Fields { get; }

    /// <summary>The field with this exact name ("case.levelOfNeed", "variables.familyDeclined"), or null.</summary>
    /// <param name="name">The name.</param>
    public ConditionField? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _fields.GetValueOrDefault(name);
    }

    /// <summary>A comparison on a field of this schema, with the field's type.</summary>
    /// <param name="field">The field's name.</param>
    /// <param name="op">The operator.</param>
    /// <param name="value">The value; leave it out for isSet and isNotSet.</param>
    /// <exception cref="ArgumentException">The field is unknown, or the operator or the value does not fit it.</exception>
    public Comparison Compare(string field, ComparisonOperator op, ConditionValue? value = null)
    {
        var found = Find(field) ?? throw new ArgumentException($"Unknown field \"{field}\".", nameof(field));
        return new Comparison(field, op, value ?? ConditionValue.NotSet, found.Type);
    }

    /// <summary>A camelCase name in words: "familyDeclined" reads "family declined".</summary>
    private static string Words(string name)
    {
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var previousIsUpper = i > 0 && char.IsUpper(name[i - 1]);
            var startsWord = i > 0 && char.IsUpper(c) && !previousIsUpper;
            var inAcronym = char.IsUpper(c) && (previousIsUpper || (i + 1 < name.Length && char.IsUpper(name[i + 1])));
            if (startsWord)
            {
                words.Append(' ');
            }

            words.Append(startsWord && !inAcronym ? char.ToLowerInvariant(c) : c);
        }

        return words.ToString().Replace('_', ' ');
    }
}
