namespace EarlyHelp.Host.Scheduling;

/// <summary>
/// One run of a recurring job: when it started and finished, on which host, why it ran (its schedule, or an
/// administrator's run-now or retry), and its outcome. The error is the exception's type and first line of its
/// message, which name records by identifier only.
/// </summary>
internal sealed class JobRunRow
{
    public Guid Id { get; set; }

    /// <summary>The job's name, as in <see cref="RecurringJob.Name"/>.</summary>
    public string Job { get; set; } = "";

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>One of <see cref="JobRunOutcomes"/>.</summary>
    public string Outcome { get; set; } = "";

    public string? Error { get; set; }

    public string Host { get; set; } = "";

    /// <summary>One of <see cref="JobRunReasons"/>.</summary>
    public string Reason { get; set; } = "";

    /// <summary>The administrator who asked for a run now or a retry.</summary>
    public string? RequestedBy { get; set; }

    /// <summary>The failed run a retry runs again.</summary>
    public Guid? RetryOf { get; set; }
}
