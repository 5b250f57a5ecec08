namespace EarlyHelp.Host.Persistence.Rows;

/// <summary>A workflow instance: its state as JSON, and the columns the worklists and the scheduler query.</summary>
internal sealed class WorkflowInstanceRow
{
    public Guid Id { get; set; }
    public string DefinitionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public Guid? CaseId { get; set; }
    public string Status { get; set; } = "";
    public int Version { get; set; }
    public int OpenIncidents { get; set; }
    public string State { get; set; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
