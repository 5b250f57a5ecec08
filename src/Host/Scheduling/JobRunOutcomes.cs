namespace EarlyHelp.Host.Scheduling;

/// <summary>The outcome words of a job run.</summary>
internal static class JobRunOutcomes
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}
