namespace EarlyHelp.Host.Persistence.Migrations;

/// <summary>
/// The schema versions, oldest first. EF reads an identifier as a 14-digit stamp then a name; the stamps
/// only order the versions (they are not dates anyone relies on).
/// </summary>
internal static class SchemaVersions
{
    public const string Initial = "20261121000001_Initial";
    public const string CaseSummaryAndRecordedAt = "20261121000002_CaseSummaryAndRecordedAt";
    public const string WorkflowRuntime = "20261122000003_WorkflowRuntime";
    public const string WorkflowMigrations = "20261122000004_WorkflowMigrations";
    public const string Notifications = "20261122000005_Notifications";
    public const string Calendars = "20261122000006_Calendars";
    public const string CaseDeadlines = "20261122000007_CaseDeadlines";
    public const string StaffAndAudit = "20261122000008_StaffAndAudit";
    public const string JobRuns = "20261122000009_JobRuns";
    public const string DeadlineStatusIndexes = "20261123000010_DeadlineStatusIndexes";

    public static IReadOnlyList<string> All { get; } = [Initial, CaseSummaryAndRecordedAt, WorkflowRuntime, WorkflowMigrations, Notifications, Calendars, CaseDeadlines, StaffAndAudit, JobRuns, DeadlineStatusIndexes];
}
