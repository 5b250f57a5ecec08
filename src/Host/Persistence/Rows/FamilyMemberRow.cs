namespace EarlyHelp.Host.Persistence.Rows;

internal sealed class FamilyMemberRow
{
    public Guid Id { get; set; }
    public Guid FamilyId { get; set; }
    public int Position { get; set; }
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public DateOnly? DateOfBirth { get; set; }
    public string Role { get; set; } = "";
}
