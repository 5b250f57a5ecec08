namespace EarlyHelp.Workflows.Cases;

/// <summary>Who did something: a member of staff (or the system) by identifier and role, never by name.</summary>
/// <param name="UserId">The staff member's identifier from sign-in.</param>
/// <param name="Role">The role they acted in.</param>
public sealed record Actor(string UserId, ActorRole Role)
{
    /// <summary>The engine itself, acting on a timer or a workflow step.</summary>
    public static Actor System { get; } = new("system", ActorRole.System);
}

/// <summary>The roles people act in.</summary>
public enum ActorRole
{
    /// <summary>Takes enquiries and decides what happens to them.</summary>
    TriageOfficer,

    /// <summary>Assesses the family and runs the Team Around the Family.</summary>
    LeadPractitioner,

    /// <summary>Manages a locality team: allocates, signs off closures, decides on step-ups.</summary>
    TeamManager,

    /// <summary>Chairs the weekly step-down panel.</summary>
    PanelChair,

    /// <summary>Social worker in children's social care (requests step-downs).</summary>
    SocialWorker,

    /// <summary>Edits pathway workflows and manages users.</summary>
    Administrator,

    /// <summary>The engine itself.</summary>
    System,
}
