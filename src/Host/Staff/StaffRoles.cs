using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Staff;

/// <summary>The role words used in sign-in claims, the users table and the API, and the lifecycle role each one is.</summary>
internal static class StaffRoles
{
    public const string TriageOfficer = "triage-officer";
    public const string LeadPractitioner = "lead-practitioner";
    public const string TeamManager = "team-manager";
    public const string PanelChair = "panel-chair";
    public const string SocialWorker = "social-worker";
    public const string Administrator = "administrator";

    public static IReadOnlyList<string> All { get; } = [TriageOfficer, LeadPractitioner, TeamManager, PanelChair, SocialWorker, Administrator];

    public static ActorRole? ToActorRole(string word) => word switch
    {
        TriageOfficer => ActorRole.TriageOfficer,
        LeadPractitioner => ActorRole.LeadPractitioner,
        TeamManager => ActorRole.TeamManager,
        PanelChair => ActorRole.PanelChair,
        SocialWorker => ActorRole.SocialWorker,
        Administrator => ActorRole.Administrator,
        _ => null,
    };

    public static string ToWord(ActorRole role) => role switch
    {
        ActorRole.TriageOfficer => TriageOfficer,
        ActorRole.LeadPractitioner => LeadPractitioner,
        ActorRole.TeamManager => TeamManager,
        ActorRole.PanelChair => PanelChair,
        ActorRole.SocialWorker => SocialWorker,
        ActorRole.Administrator => Administrator,
        _ => "system",
    };
}
