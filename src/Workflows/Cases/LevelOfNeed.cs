namespace EarlyHelp.Workflows.Cases;

/// <summary>
/// The level of need from the council's threshold document (the four-level continuum used by Derby and
/// Doncaster: universal, additional or emerging, multiple or complex, acute or specialist).
/// </summary>
public enum LevelOfNeed
{
    /// <summary>Level 1: needs met by universal services.</summary>
    Universal = 1,

    /// <summary>Level 2: additional or emerging needs, usually single-agency early help.</summary>
    Additional = 2,

    /// <summary>Level 3: multiple or complex needs, multi-agency Early Help with a lead practitioner. The Early Help ceiling.</summary>
    Complex = 3,

    /// <summary>Level 4: acute or specialist needs, for children's social care (statutory intervention).</summary>
    Specialist = 4,
}

/// <summary>Rules about levels of need.</summary>
public static class LevelsOfNeed
{
    /// <summary>
    /// The highest level Early Help works at; above it the case belongs with children's social care
    /// (council threshold document, "Level 3 / complex needs").
    /// </summary>
    public const LevelOfNeed EarlyHelpCeiling = LevelOfNeed.Complex;

    /// <summary>True when the level is above the Early Help ceiling, which forces a step-up decision.</summary>
    /// <param name="level">The level of need.</param>
    public static bool IsAboveEarlyHelpCeiling(this LevelOfNeed level) => level > EarlyHelpCeiling;
}
