namespace EarlyHelp.Workflows.Runtime;

/// <summary>A fault that holds an activity until an administrator retries, skips or cancels it.</summary>
/// <param name="Id">The incident's id.</param>
/// <param name="ExecutionId">The faulted execution.</param>
/// <param name="ActivityId">The faulted activity.</param>
/// <param name="Message">What went wrong, in words an administrator can act on (a refused lifecycle trigger gives the lifecycle's reason).</param>
/// <param name="At">When.</param>
/// <param name="Attempts">How many times the activity has run and faulted.</param>
/// <param name="Resolution">How it was resolved, once it was.</param>
public sealed record Incident(Guid Id, Guid ExecutionId, string ActivityId, string Message, DateTimeOffset At, int Attempts, IncidentResolution? Resolution = null)
{
    /// <summary>True while it holds the activity.</summary>
    public bool IsOpen => Resolution is null;
}

/// <summary>How an incident was resolved.</summary>
public enum IncidentResolution
{
    /// <summary>The activity ran again and did not fault.</summary>
    Retried,

    /// <summary>The activity was skipped: it completed by a chosen port without running.</summary>
    Skipped,

    /// <summary>The activity's branch was cancelled.</summary>
    Cancelled,
}
