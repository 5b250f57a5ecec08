namespace EarlyHelp.Workflows.Deadlines;

/// <summary>
/// Where a deadline stands at an instant (<see cref="CaseDeadline.StatusAt"/>). Stored and reported as text.
/// </summary>
public enum DeadlineStatus
{
    /// <summary>Not met yet, and before <see cref="CaseDeadline.AmberFrom"/>.</summary>
    OnTrack,

    /// <summary>
    /// Not met yet, from <see cref="CaseDeadline.AmberFrom"/> up to <see cref="CaseDeadline.BreachedFrom"/>: the due day
    /// is near, or (for the assessment, whose breach point is after its due day) the due day has passed but the
    /// breach point has not.
    /// </summary>
    Amber,

    /// <summary>Not met yet, and the last day before breach (<see cref="CaseDeadline.BreachOn"/>) has ended.</summary>
    Breached,

    /// <summary>Met before the due day (<see cref="CaseDeadline.DueOn"/>) ended.</summary>
    Met,

    /// <summary>Met after the due day ended, whether or not it had reached its breach point.</summary>
    MetLate,
}
