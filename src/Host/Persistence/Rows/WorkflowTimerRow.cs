namespace EarlyHelp.Host.Persistence.Rows;

/// <summary>A durable timer. This table is the truth; Quartz only holds an index of due times built from it.</summary>
internal sealed class WorkflowTimerRow
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public string ActivityId { get; set; } = "";
    public DateTime DueAt { get; set; }
    public string Status { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? EndedAt { get; set; }
}
