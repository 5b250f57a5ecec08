namespace EarlyHelp.Host.Audit;

/// <summary>
/// One view or change of a record: who, in which role, when, what they did and to which record. Never
/// holds personal data: records are named by identifier, actions by a fixed word.
/// </summary>
internal sealed class AuditEntryRow
{
    public Guid Id { get; set; }

    public DateTime At { get; set; }

    public string UserId { get; set; } = "";

    public string Role { get; set; } = "";

    /// <summary>What was done, e.g. "case.read" or "triage.decide".</summary>
    public string Action { get; set; } = "";

    /// <summary>The kind of record, e.g. "case", "family", "workflow-definition", "user".</summary>
    public string RecordKind { get; set; } = "";

    public string RecordId { get; set; } = "";

    /// <summary>The child's case concerned, when there is one: what a subject access request searches by.</summary>
    public Guid? CaseId { get; set; }

    /// <summary>"read", "changed" or "refused".</summary>
    public string Outcome { get; set; } = "";
}
