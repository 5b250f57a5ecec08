using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>The people who act on a case in the tests, and who usually fires each trigger.</summary>
internal static class Actors
{
    public static Actor TriageOfficer { get; } = new("triage-officer-1", ActorRole.TriageOfficer);

    public static Actor LeadPractitioner { get; } = new("lead-practitioner-1", ActorRole.LeadPractitioner);

    public static Actor TeamManager { get; } = new("team-manager-1", ActorRole.TeamManager);

    public static Actor PanelChair { get; } = new("panel-chair-1", ActorRole.PanelChair);

    public static Actor SocialWorker { get; } = new("social-worker-1", ActorRole.SocialWorker);

    /// <summary>Who fires the trigger in an ordinary journey (a team manager where the rules require one).</summary>
    public static Actor For(CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.AddEnquiry or CaseTrigger.Triage => TriageOfficer,
        CaseTrigger.AllocateLeadPractitioner or CaseTrigger.DeclineStepUp or CaseTrigger.SignOffClosure => TeamManager,
        CaseTrigger.RequestStepDown => SocialWorker,
        CaseTrigger.RecordPanelDecision => PanelChair,
        _ => LeadPractitioner,
    };
}
