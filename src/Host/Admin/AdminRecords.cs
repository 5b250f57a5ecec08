using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Admin;

/// <summary>Who may use the administrators' API, and how its audit entries name what they touched: kinds and identifiers only.</summary>
internal static class AdminRecords
{
    public const string WorkflowDefinition = "workflow-definition";
    public const string WorkflowInstance = "workflow-instance";
    public const string User = "user";
    public const string Team = "team";

    public static IReadOnlyList<ActorRole> Administrators { get; } = [ActorRole.Administrator];

    /// <summary>One version of a workflow, as an audit entry's record id: "referral-to-closure/2".</summary>
    public static string Version(string workflowId, int version) => $"{workflowId}/{version}";

    public static string Instance(Guid instanceId) => instanceId.ToString("D");

    /// <summary>A time read from the database, where it is stored in UTC.</summary>
    public static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));

    public static DateTimeOffset? Utc(DateTime? stored) => stored is { } value ? Utc(value) : null;
}
