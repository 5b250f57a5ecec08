namespace EarlyHelp.Host.Timeliness;

/// <summary>
/// A case's deadline as first computed (its dates never move: it keeps the calendar it was computed with),
/// with when it was met and the status the last timeliness check gave it.
/// </summary>
internal sealed class CaseDeadlineRow
{
    public Guid CaseId { get; set; }
    public int Episode { get; set; }
    public string Kind { get; set; } = "";
    public int Number { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime AmberFrom { get; set; }
    public DateOnly DueOn { get; set; }
    public DateTime LateFrom { get; set; }
    public DateOnly BreachOn { get; set; }
    public DateTime BreachedFrom { get; set; }
    public DateTime? MetAt { get; set; }
    public string CalendarVersion { get; set; } = "";
    public string? CalendarProblem { get; set; }
    public string Status { get; set; } = "";
    public string? TeamId { get; set; }
}
