using EarlyHelp.Host.SignIn;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Web;

/// <summary>The pages of the web UI each role may use: the navigation shows these, and "/" opens the first one a user has.</summary>
internal static class StaffPages
{
    public const string SignIn = "/sign-in";
    public const string AccessDenied = "/access-denied";
    public const string Start = "/start";

    public static IReadOnlyList<StaffPage> All { get; } =
    [
        new("Triage inbox", "/triage", [ActorRole.TriageOfficer, ActorRole.TeamManager]),
        new("My caseload", "/caseload", [ActorRole.LeadPractitioner]),
        new("Team caseload", "/caseload/team", [ActorRole.TeamManager, ActorRole.LeadPractitioner]),
        new("Step-down panel", "/panel", [ActorRole.PanelChair]),
        new("Cases with social care", "/social-care", [ActorRole.SocialWorker]),
        new("Administration", "/admin", [ActorRole.Administrator]),
        new("Workflow designer", "/admin/designer", [ActorRole.Administrator]),
        // Last, so "/" still opens an administrator's and the panel chair's own page first.
        new("Dashboard", "/dashboard", [ActorRole.TeamManager, ActorRole.PanelChair, ActorRole.Administrator]),
    ];

    /// <summary>The pages the user may use, in the navigation's order.</summary>
    public static IReadOnlyList<StaffPage> For(StaffUser? user) =>
        user is null ? [] : [.. All.Where(page => page.Roles.Any(user.Has))];

    /// <summary>Where "/" takes the user: sign-in first; then their main page (a team manager's is the team's caseload).</summary>
    public static string HomeOf(StaffUser? user)
    {
        if (user is null)
        {
            return SignIn;
        }

        if (user.Has(ActorRole.TeamManager))
        {
            return "/caseload/team";
        }

        return For(user) is [var first, ..] ? first.Path : Start;
    }
}

/// <summary>A page of the navigation and the roles that may use it.</summary>
internal sealed record StaffPage(string Title, string Path, IReadOnlyList<ActorRole> Roles);
