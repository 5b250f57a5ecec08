namespace EarlyHelp.Host.Web.Forms;

/// <summary>An element id from the API's field name ("family.members[0].givenName" is "f-family-members-0-givenName").</summary>
internal static class FieldIds
{
    public static string Of(string field) =>
        "f-" + string.Concat(field.Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-').Replace("--", "-", StringComparison.Ordinal);
}
