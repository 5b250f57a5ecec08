namespace EarlyHelp.Host.Persistence.Rows;

/// <summary>One line of an instance's history, keyed by the step that wrote it and its place in that step.</summary>
internal sealed class WorkflowTraceRow
{
    public Guid InstanceId { get; set; }
    public int Step { get; set; }
    public int Line { get; set; }
    public DateTime At { get; set; }
    public string Kind { get; set; } = "";
    public string? ActivityId { get; set; }
    public string Detail { get; set; } = "";
}
