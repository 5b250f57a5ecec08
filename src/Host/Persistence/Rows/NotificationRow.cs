namespace EarlyHelp.Host.Persistence.Rows;

/// <summary>
/// A notification in the outbox: queued, then delivered (or failed after its attempts); delivered ones are
/// the recipients' in-app lists. The claim columns let one host at a time deliver a row.
/// </summary>
internal sealed class NotificationRow
{
    public Guid Id { get; set; }
    public string DedupKey { get; set; } = "";
    public string Recipient { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public Guid? CaseId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? NotBefore { get; set; }
    public string Status { get; set; } = "";
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedUntil { get; set; }
    public DateTime? DeliveredAt { get; set; }
    public string? LastError { get; set; }
    public DateTime? ReadAt { get; set; }
}
