namespace EarlyHelp.Host.CommandPipeline;

/// <summary>The reasons a command's fields are refused, by field name as the caller sent it (camelCase, dotted for nested).</summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string reason)
    {
        if (!_errors.TryGetValue(field, out var reasons))
        {
            _errors[field] = reasons = [];
        }

        reasons.Add(reason);
    }

    /// <summary>Refuses a missing or blank value.</summary>
    public void Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Required.");
        }
    }

    /// <summary>Refuses a missing value of a value type (an enum, a date, an identifier).</summary>
    public void Required<T>(string field, T? value)
        where T : struct
    {
        if (value is null)
        {
            Add(field, "Required.");
        }
    }

    /// <summary>Refuses an empty identifier or a missing one.</summary>
    public void Required(string field, Guid? value)
    {
        if (value is null || value == Guid.Empty)
        {
            Add(field, "Required.");
        }
    }

    /// <summary>Refuses a value longer than the limit.</summary>
    public void MaxLength(string field, string? value, int limit)
    {
        if (value is not null && value.Length > limit)
        {
            Add(field, $"At most {limit} characters.");
        }
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
