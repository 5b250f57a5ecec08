namespace EarlyHelp.Workflows.Measures;

/// <summary>What a measure's figure is.</summary>
public enum MeasureKind
{
    /// <summary>A number of things: the numerator alone.</summary>
    Count,

    /// <summary>A percentage: the numerator out of the denominator, times 100.</summary>
    Rate,

    /// <summary>An average: the total (numerator) over how many were counted (denominator).</summary>
    Average,
}
