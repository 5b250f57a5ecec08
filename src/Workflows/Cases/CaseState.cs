namespace EarlyHelp.Workflows.Cases;

/// <summary>Where an Early Help episode is in its lifecycle (see DESIGN.md, "Case lifecycle").</summary>
public enum CaseState
{
    /// <summary>A request for support has been received and waits for a triage decision.</summary>
    Enquiry,

    /// <summary>Triage decided on Early Help: a lead practitioner and the family's consent are needed.</summary>
    Allocation,

    /// <summary>The Early Help Assessment (EHA) is under way.</summary>
    Assessment,

    /// <summary>The EHA is complete with a family plan; the first Team Around the Family meeting is awaited.</summary>
    TeamAroundFamily,

    /// <summary>The Team Around the Family meets and reviews the plan regularly.</summary>
    Review,

    /// <summary>The case is with children's social care; the Early Help episode ended with the reason "stepped up".</summary>
    SteppedUp,

    /// <summary>The step-down panel accepted the case from children's social care into Early Help.</summary>
    SteppedDown,

    /// <summary>The episode is closed.</summary>
    Closed,
}
