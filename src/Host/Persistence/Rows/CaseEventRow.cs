namespace EarlyHelp.Host.Persistence.Rows;

internal sealed class CaseEventRow
{
    public Guid CaseId { get; set; }
    public int Sequence { get; set; }
    public string Type { get; set; } = "";
    public string? FromState { get; set; }
    public string ToState { get; set; } = "";
    public string ActorId { get; set; } = "";
    public string ActorRole { get; set; } = "";
    public DateTime OccurredAt { get; set; }
    public DateTime RecordedAt { get; set; }
    public string Data { get; set; } = "";
}
