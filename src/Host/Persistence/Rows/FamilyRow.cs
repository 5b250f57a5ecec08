namespace EarlyHelp.Host.Persistence.Rows;

internal sealed class FamilyRow
{
    public Guid Id { get; set; }
    public string Locality { get; set; } = "";
    public string AddressLine1 { get; set; } = "";
    public string? AddressLine2 { get; set; }
    public string Town { get; set; } = "";
    public string Postcode { get; set; } = "";
    public List<FamilyMemberRow> Members { get; set; } = [];
}
