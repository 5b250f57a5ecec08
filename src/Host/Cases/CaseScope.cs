using EarlyHelp.Host.SignIn;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Cases;

/// <summary>
/// Who may see a child's case. Least privilege: triage officers, lead practitioners and team managers see their
/// own team's cases (the current lead practitioner's team, else the locality's team) and a case the step-down
/// panel accepted into their team; the panel chair sees cases brought to the panel; social workers see cases
/// with children's social care; administrators see no child's record.
/// </summary>
internal static class CaseScope
{
    /// <summary>The team a case belongs to. The same rule as the SQL in <see cref="TeamOfSql"/>.</summary>
    public static string TeamOf(Case subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.CurrentLeadPractitioners is [.., var lead] ? lead.TeamId : subject.Locality;
    }

    /// <summary>The cases table's columns that give <see cref="TeamOf"/>: the lead team, else the locality.</summary>
    public const string TeamOfSql = "coalesce(lead_team_id, locality)";

    public static bool CanSee(StaffUser user, Case subject)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(subject);
        return user.Roles.Any(role => RoleCanSee(role, user.TeamId, subject));
    }

    private static bool RoleCanSee(ActorRole role, string? teamId, Case subject) => role switch
    {
        ActorRole.TriageOfficer or ActorRole.LeadPractitioner or ActorRole.TeamManager =>
            teamId is not null
            && (TeamOf(subject) == teamId
                || subject.StepDownRequests.Any(r => r.IsAcceptedAndWaiting && r.Decision!.LocalityTeam == teamId)),
        ActorRole.PanelChair => subject.StepDownRequests.Count > 0,
        ActorRole.SocialWorker => subject.State == CaseState.SteppedUp || subject.StepDownRequests.Count > 0,
        _ => false,
    };

    /// <summary>True for the roles whose case lists are limited to their own team.</summary>
    public static bool IsTeamScoped(ActorRole role) => role is ActorRole.TriageOfficer or ActorRole.LeadPractitioner or ActorRole.TeamManager;
}
