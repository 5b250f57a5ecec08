using System.Collections.Concurrent;
using System.Diagnostics;
using EarlyHelp.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>
/// Records each run of a recurring job in the job runs: a row when it starts, its outcome when it ends. A run an
/// administrator asked for carries its run id, reason and requester in the trigger's data (see
/// <see cref="JobRunRequests"/>). Workflow timers are not recorded: each is a step of its instance, traced there.
/// Failing to record never stops a job from running.
/// </summary>
internal sealed partial class JobRunRecorder(IDbContextFactory<EarlyHelpDbContext> contexts, TimeProvider time, ILogger<JobRunRecorder> log) : IJobListener
{
    public const string RunId = "earlyhelp.run-id";
    public const string Reason = "earlyhelp.reason";
    public const string RequestedBy = "earlyhelp.requested-by";
    public const string RetryOf = "earlyhelp.retry-of";

    private const int ErrorLength = 500;

    /// <summary>How long runs are kept: every minute's notification delivery is a run, so they are pruned.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromDays(90);

    /// <summary>The host a run ran on. One host runs on a machine, as deployed.</summary>
    public static string ThisHost { get; } = Environment.MachineName;

    /// <summary>The run each firing in progress records, by Quartz's id of the firing.</summary>
    private readonly ConcurrentDictionary<string, Guid> _recording = new(StringComparer.Ordinal);

    private readonly Lazy<Task> _interruptedMarked = new(() => MarkInterruptedAsync(contexts, log));
    private long _prunedOn;

    public string Name => "earlyhelp-job-runs";

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (RecurringJobs.Find(context.JobDetail.Key) is not { } job)
        {
            return;
        }

        var data = context.MergedJobDataMap;
        var run = new JobRunRow
        {
            Id = data.TryGetString(RunId, out var id) && Guid.TryParse(id, out var runId) ? runId : Guid.CreateVersion7(),
            Job = job.Name,
            StartedAt = time.GetUtcNow().UtcDateTime,
            Outcome = JobRunOutcomes.Running,
            Host = ThisHost,
            Reason = data.TryGetString(Reason, out var reason) && reason is { Length: > 0 } ? reason : JobRunReasons.Schedule,
            RequestedBy = data.TryGetString(RequestedBy, out var requestedBy) ? requestedBy : null,
            RetryOf = data.TryGetString(RetryOf, out var retryOf) && Guid.TryParse(retryOf, out var failed) ? failed : null,
        };
        try
        {
            await _interruptedMarked.Value;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            _recording[context.FireInstanceId] = run.Id;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotRecorded(job.Name, exception.GetType().Name);
        }
    }

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_recording.TryRemove(context.FireInstanceId, out var id))
        {
            return;
        }

        var finishedAt = time.GetUtcNow().UtcDateTime;
        var outcome = jobException is null ? JobRunOutcomes.Succeeded : JobRunOutcomes.Failed;
        var error = jobException is null ? null : Describe(jobException);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.JobRuns.Where(r => r.Id == id).ExecuteUpdateAsync(
                set => set.SetProperty(r => r.FinishedAt, finishedAt).SetProperty(r => r.Outcome, outcome).SetProperty(r => r.Error, error),
                cancellationToken);
            await PruneDailyAsync(db, finishedAt, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotRecorded(context.JobDetail.Key.Name, exception.GetType().Name);
        }
    }

    /// <summary>
    /// The exception the job threw, by type and the first line of its message: our own messages name records by
    /// identifier only, and the databases' first lines carry no row values. Quartz's wrappers say nothing more.
    /// </summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var thrown = exception;
        while (thrown is SchedulerException { InnerException: { } inner })
        {
            thrown = inner;
        }

        var message = thrown.Message.AsSpan();
        var lineEnd = message.IndexOfAny('\r', '\n');
        var text = $"{thrown.GetType().Name}: {(lineEnd < 0 ? message : message[..lineEnd]).Trim()}";
        return text.Length <= ErrorLength ? text : text[..ErrorLength];
    }

    /// <summary>
    /// Runs this host left "running" when it stopped (they were cut short) become failed, once, before this
    /// process records a run of its own; so a retry is offered for them.
    /// </summary>
    private static async Task MarkInterruptedAsync(IDbContextFactory<EarlyHelpDbContext> contexts, ILogger log)
    {
        try
        {
            var processStarted = Process.GetCurrentProcess().StartTime.ToUniversalTime();
            await using var db = await contexts.CreateDbContextAsync();
            await db.JobRuns
                .Where(r => r.Outcome == JobRunOutcomes.Running && r.Host == ThisHost && r.StartedAt < processStarted)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.Outcome, JobRunOutcomes.Failed).SetProperty(r => r.Error, "The host stopped before the run finished."));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogInterruptedNotMarked(log, exception.GetType().Name);
        }
    }

    private async Task PruneDailyAsync(EarlyHelpDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var today = now.Date.Ticks;
        if (Interlocked.Exchange(ref _prunedOn, today) == today)
        {
            return;
        }

        var before = now - Kept;
        await db.JobRuns.Where(r => r.StartedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A run of job {Job} could not be recorded ({Error}); the job itself is not affected")]
    private partial void LogNotRecorded(string job, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Runs left running when this host last stopped could not be marked failed ({Error})")]
    private static partial void LogInterruptedNotMarked(ILogger log, string error);
}
