namespace EarlyHelp.Host.Persistence.Rows;

internal sealed class HumanTaskRow
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public string ActivityId { get; set; } = "";
    public Guid? CaseId { get; set; }
    public string TaskType { get; set; } = "";
    public string Title { get; set; } = "";
    public string AssigneeKind { get; set; } = "";
    public string AssigneeValue { get; set; } = "";
    public string Outcomes { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? DueAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? Outcome { get; set; }
}
