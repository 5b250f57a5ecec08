namespace EarlyHelp.Host.Persistence.Rows;

/// <summary>The audit record of one move of running instances from one version of a workflow to another.</summary>
internal sealed class WorkflowMigrationRow
{
    public Guid Id { get; set; }
    public string WorkflowId { get; set; } = "";
    public int FromVersion { get; set; }
    public int ToVersion { get; set; }
    public string ActivityMap { get; set; } = "";
    public string InstanceIds { get; set; } = "";
    public string ActorId { get; set; } = "";
    public string ActorRole { get; set; } = "";
    public DateTime At { get; set; }
    public string? Reason { get; set; }
}
