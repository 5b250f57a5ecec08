namespace EarlyHelp.Host.Timeliness;

/// <summary>Which version of a case the timeliness check last read, so an unchanged case is not rebuilt again.</summary>
internal sealed class CaseTimelinessRow
{
    public Guid CaseId { get; set; }
    public int CheckedVersion { get; set; }
}
