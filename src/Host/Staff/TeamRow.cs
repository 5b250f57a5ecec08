namespace EarlyHelp.Host.Staff;

/// <summary>A locality team. Its identifier is the locality it covers, so a case's locality names its team.</summary>
internal sealed class TeamRow
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Active { get; set; } = true;
}
