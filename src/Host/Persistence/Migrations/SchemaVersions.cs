namespace EarlyHelp.Host.Persistence.Migrations;

/// <summary>The schema versions, oldest first. Identifiers sort in the order they are applied.</summary>
internal static class SchemaVersions
{
    public const string Initial = "0001_Initial";
    public const string CaseSummaryAndRecordedAt = "0002_CaseSummaryAndRecordedAt";

    public static IReadOnlyList<string> All { get; } = [Initial, CaseSummaryAndRecordedAt];
}
