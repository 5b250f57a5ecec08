namespace EarlyHelp.Workflows.Deadlines;

/// <summary>
/// The deadlines a case has (DESIGN.md, "Default timescales"). Stored as text, so renaming a member is a visible
/// data change.
/// </summary>
public enum DeadlineKind
{
    /// <summary>From the enquiry received to the triage decision.</summary>
    Triage,

    /// <summary>From the triage decision for Early Help to the first lead practitioner allocated.</summary>
    Allocation,

    /// <summary>From the first allocation of the episode to the Early Help Assessment completed with a family plan.</summary>
    Assessment,

    /// <summary>From the Early Help Assessment completed to the first Team Around the Family meeting.</summary>
    FirstTaf,

    /// <summary>From the first TAF meeting to the first review, then from each review to the next.</summary>
    Review,

    /// <summary>From the start of the Early Help Assessment to the first outcome measure readings, then from each reading to the next.</summary>
    OutcomeReadings,

    /// <summary>From the closure request to a manager's sign-off.</summary>
    ClosureSignOff,
}
