namespace EarlyHelp.Host.Persistence.Rows;

/// <summary>One version of a workflow, stored as its JSON; a published row is never updated.</summary>
internal sealed class WorkflowDefinitionRow
{
    public string Id { get; set; } = "";
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public string Status { get; set; } = "";
    public string Json { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
}
