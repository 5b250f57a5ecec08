using System.Globalization;
using System.Text;
using System.Text.Json;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Web;

/// <summary>
/// Plain words for the choices the pages show: the API's words ("refer-to-social-care") and the domain's names
/// (ReferToSocialCare) both read "Refer to social care"; the pathway's proper names keep their capitals.
/// </summary>
internal static class Words
{
    /// <summary>Names written as the pathway writes them, whatever their place in a phrase.</summary>
    private static readonly (string Lower, string Written)[] ProperNames =
    [
        ("early help", "Early Help"),
        ("team around the family", "Team Around the Family"),
        ("team around family", "Team Around the Family"),
        ("taf", "TAF"),
        ("cse", "CSE"),
        ("eha", "EHA"),
    ];

    public static string Role(ActorRole role) => role switch
    {
        ActorRole.TriageOfficer => "triage officer",
        ActorRole.LeadPractitioner => "lead practitioner",
        ActorRole.TeamManager => "team manager",
        ActorRole.PanelChair => "step-down panel chair",
        ActorRole.SocialWorker => "social worker",
        ActorRole.Administrator => "administrator",
        _ => "the system",
    };

    public static string Roles(IEnumerable<ActorRole> roles) => string.Join(", ", roles.Order().Select(Role));

    /// <summary>A choice as a phrase starting with a capital: CaseState.TeamAroundFamily is "Team Around the Family".</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()));

    /// <summary>An API word as a phrase: "refer-to-social-care" is "Refer to social care".</summary>
    public static string Of(string? word)
    {
        if (string.IsNullOrWhiteSpace(word))
        {
            return "";
        }

        var phrase = word.Replace('-', ' ').Trim();
        foreach (var (lower, written) in ProperNames)
        {
            phrase = ReplaceWords(phrase, lower, written);
        }

        return char.ToUpper(phrase[0], CultureInfo.InvariantCulture) + phrase[1..];
    }

    /// <summary>The same phrase, lower case except for proper names, for use inside a sentence.</summary>
    public static string InSentence(string? word)
    {
        var phrase = Of(word);
        return phrase.Length == 0 || ProperNames.Any(p => phrase.StartsWith(p.Written, StringComparison.Ordinal))
            ? phrase
            : char.ToLower(phrase[0], CultureInfo.InvariantCulture) + phrase[1..];
    }

    /// <summary>
    /// Why an action is not possible now, as the lifecycle said it; its bare "X is not permitted in Y" (an action
    /// that belongs to another stage) is said as the stage instead.
    /// </summary>
    public static string Reason(string? reason, string state) =>
        reason is null || reason.Contains(" is not permitted in ", StringComparison.Ordinal)
            ? $"not at the {InSentence(state)} stage"
            : reason;

    public static string Date(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static string Date(DateTimeOffset at) => Date(EarlyHelp.Workflows.Runtime.CouncilTime.DateOf(at));

    public static string DateTime(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, EarlyHelp.Workflows.Runtime.CouncilTime.Zone);
        return local.ToString("d MMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB"));
    }

    private static string ReplaceWords(string phrase, string lower, string written)
    {
        var padded = $" {phrase} ";
        var builder = new StringBuilder(padded);
        var at = 0;
        while ((at = padded.IndexOf($" {lower} ", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            builder.Remove(at + 1, lower.Length).Insert(at + 1, written);
            padded = builder.ToString();
            at += written.Length;
        }

        return padded[1..^1];
    }
}
