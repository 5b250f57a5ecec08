using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>Every recurring job: what it does, its schedule, when it fires next and fired last, its last run and its failures of the last week.</summary>
internal sealed record ListJobs : IQuery
{
    public void Validate(ValidationErrors errors)
    {
    }
}

internal sealed record JobList(IReadOnlyList<JobSummary> Items);

internal sealed record JobSummary(
    string Name,
    string Description,
    JobSchedule Schedule,
    DateTimeOffset? NextFireTime,
    DateTimeOffset? PreviousFireTime,
    bool Paused,
    JobRunView? LastRun,
    int FailuresLast7Days);

/// <param name="Words">The schedule in words, e.g. "daily at 07:00".</param>
/// <param name="Cron">The cron expression, when the schedule is one.</param>
/// <param name="TimeZone">The time zone the cron expression is read in.</param>
internal sealed record JobSchedule(string Words, string? Cron, string? TimeZone);

internal sealed class ListJobsHandler(ISchedulerFactory schedulers) : ICommandHandler<ListJobs>
{
    public const string Action = "jobs.read";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.Administrator];

    public async Task<CommandResult> HandleAsync(ListJobs command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var since = context.Now.UtcDateTime.AddDays(-7);
        var failures = await context.Db.JobRuns.AsNoTracking()
            .Where(r => r.Outcome == JobRunOutcomes.Failed && r.StartedAt >= since)
            .GroupBy(r => r.Job)
            .Select(g => new { Job = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Job, g => g.Count, cancellationToken);
        var lastRuns = new Dictionary<string, JobRunView>();
        foreach (var job in RecurringJobs.All)
        {
            if (await context.Db.JobRuns.AsNoTracking().Where(r => r.Job == job.Name).OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken) is { } last)
            {
                lastRuns[job.Name] = JobRunView.Of(last);
            }
        }

        context.Audit(Action, JobEndpoints.RecordKind, "all", null, AuditOutcomes.Read);
        return CommandResult.Done(new AfterCommitResult(async cancel =>
        {
            var scheduler = await schedulers.GetScheduler(cancel);
            var items = new List<JobSummary>();
            foreach (var job in RecurringJobs.All)
            {
                var triggers = await scheduler.GetTriggersOfJob(job.Key, cancel);
                var schedule = triggers.FirstOrDefault(t => t.Key.Equals(job.Trigger));
                var paused = schedule is not null && await scheduler.GetTriggerState(schedule.Key, cancel) == TriggerState.Paused;
                items.Add(new JobSummary(
                    job.Name,
                    job.Description,
                    schedule is null ? new JobSchedule("not scheduled", null, null) : ScheduleOf(schedule),
                    triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min(),
                    triggers.Select(t => t.PreviousFireTimeUtc).Where(t => t is not null).Max(),
                    paused,
                    lastRuns.GetValueOrDefault(job.Name),
                    failures.GetValueOrDefault(job.Name)));
            }

            return TypedResults.Ok(new JobList(items));
        }));
    }

    private static JobSchedule ScheduleOf(ITrigger trigger) =>
        trigger is ICronTrigger cron
            ? new JobSchedule(ScheduleWords.Of(trigger), cron.CronExpressionString, cron.TimeZone.Id)
            : new JobSchedule(ScheduleWords.Of(trigger), null, null);
}
