namespace EarlyHelp.Host.CommandPipeline;

/// <summary>The outcome words of an audit entry.</summary>
internal static class AuditOutcomes
{
    public const string Read = "read";
    public const string Changed = "changed";
    public const string Refused = "refused";
}
