namespace EarlyHelp.Workflows.Measures;

/// <summary>The three parts of the performance framework (Derby's framework, DESIGN.md "Performance framework").</summary>
public enum MeasureGroup
{
    /// <summary>How much Early Help does.</summary>
    HowMuch,

    /// <summary>How well Early Help delivers.</summary>
    HowWell,

    /// <summary>The impact of Early Help.</summary>
    Impact,
}
