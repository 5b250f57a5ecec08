using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Web.Forms;

/// <summary>The levels of need as the threshold document names them, with their numbers.</summary>
internal static class Levels
{
    public static IReadOnlyList<Choice> All { get; } = Choice.Of<LevelOfNeed>(Text);

    /// <summary>The levels Early Help works at (up to its ceiling).</summary>
    public static IReadOnlyList<Choice> WithinEarlyHelp { get; } = Choice.Of<LevelOfNeed>(Text, level => !level.IsAboveEarlyHelpCeiling());

    public static string Text(LevelOfNeed level) => level switch
    {
        LevelOfNeed.Universal => "Level 1: universal",
        LevelOfNeed.Additional => "Level 2: additional or emerging needs",
        LevelOfNeed.Complex => "Level 3: multiple or complex needs",
        _ => "Level 4: acute or specialist (children's social care)",
    };
}
