namespace EarlyHelp.Host.Persistence.Rows;

internal sealed class CaseChildRow
{
    public Guid CaseId { get; set; }
    public Guid ChildId { get; set; }
}
