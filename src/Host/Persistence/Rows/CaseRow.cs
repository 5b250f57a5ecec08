namespace EarlyHelp.Host.Persistence.Rows;

/// <summary>
/// A case's row: its version for optimistic concurrency, and a summary of its history kept for worklists
/// and look-ups. The history (case_events) is the truth; these columns are rewritten on every save.
/// </summary>
internal sealed class CaseRow
{
    public Guid Id { get; set; }
    public Guid FamilyId { get; set; }
    public string Locality { get; set; } = "";
    public string State { get; set; } = "";
    public int Version { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public string? LevelOfNeed { get; set; }
    public string? LeadPractitionerId { get; set; }
    public string? LeadTeamId { get; set; }

    /// <summary>When the opening enquiry was received: the triage inbox orders and times by it.</summary>
    public DateTime? ReceivedAt { get; set; }

    /// <summary>The opening enquiry's urgency word ("standard" or "urgent").</summary>
    public string? Urgency { get; set; }

    /// <summary>The short reference people search by (<see cref="Cases.CaseReference"/>).</summary>
    public string? Reference { get; set; }
    public List<CaseChildRow> Children { get; set; } = [];
}
