namespace EarlyHelp.Host.Web.Forms;

/// <summary>
/// Needs categories offered as check boxes. The council's own codes are open-ended (any code is accepted, and the
/// form takes others as text); these are the ones most enquiries name.
/// </summary>
internal static class Needs
{
    public static IReadOnlyList<Choice> Common { get; } =
    [
        .. new[]
        {
            "parenting", "school-attendance", "behaviour", "emotional-wellbeing", "mental-health", "domestic-abuse",
            "substance-misuse", "housing", "finances", "physical-health", "young-carer", "special-educational-needs",
        }.Select(code => new Choice(code, Words.Of(code))),
    ];
}
