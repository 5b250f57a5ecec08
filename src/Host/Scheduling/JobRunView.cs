namespace EarlyHelp.Host.Scheduling;

/// <summary>One run of a job as the jobs page shows it.</summary>
internal sealed record JobRunView(
    Guid Id,
    string Job,
    string Outcome,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    double? DurationSeconds,
    string? Error,
    string Host,
    string Reason,
    string? RequestedBy,
    Guid? RetryOf)
{
    public static JobRunView Of(JobRunRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var started = new DateTimeOffset(row.StartedAt, TimeSpan.Zero);
        DateTimeOffset? finished = row.FinishedAt is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null;
        return new JobRunView(row.Id, row.Job, row.Outcome, started, finished, (finished - started)?.TotalSeconds, row.Error, row.Host, row.Reason, row.RequestedBy, row.RetryOf);
    }
}
