namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// One measure of the performance framework: a stable key (used in the API, the CSV and docs/measures.md), its
/// name in the councils' words, what its figure is, and the values it is broken down by, if any. The rule that
/// computes it is written in docs/measures.md and in <see cref="PerformanceFramework"/>.
/// </summary>
public sealed class Measure
{
    internal Measure(string key, string name, MeasureGroup group, MeasureKind kind, IReadOnlyList<string>? breakdowns = null)
    {
        Key = key;
        Name = name;
        Group = group;
        Kind = kind;
        Breakdowns = breakdowns ?? [];
    }

    /// <summary>The stable key, kebab-case, e.g. "reopened-within-3-months".</summary>
    public string Key { get; }

    /// <summary>The measure in words.</summary>
    public string Name { get; }

    /// <summary>The part of the framework it belongs to.</summary>
    public MeasureGroup Group { get; }

    /// <summary>A count, a rate or an average.</summary>
    public MeasureKind Kind { get; }

    /// <summary>The values it is broken down by (e.g. enquiry sources); empty when it is one figure.</summary>
    public IReadOnlyList<string> Breakdowns { get; }

    /// <summary>How many figures it has per period and area: one per breakdown value, or one.</summary>
    internal int Width => Math.Max(1, Breakdowns.Count);

    /// <summary>Its first cell in a tally row, set once by <see cref="PerformanceFramework"/>.</summary>
    internal int FirstCell { get; set; }

    /// <summary>The numerator's cell of its figure for the breakdown value at <paramref name="breakdown"/>; the denominator's is the next.</summary>
    internal int Cell(int breakdown) => FirstCell + (breakdown * (Kind == MeasureKind.Count ? 1 : 2));

    /// <inheritdoc />
    public override string ToString() => Key;
}
