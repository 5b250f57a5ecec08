namespace EarlyHelp.Host.Scheduling;

/// <summary>Why a job ran: its schedule, or an administrator asking for it.</summary>
internal static class JobRunReasons
{
    public const string Schedule = "schedule";
    public const string RunNow = "run-now";
    public const string Retry = "retry";
}
