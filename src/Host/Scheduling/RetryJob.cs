using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>Runs a job again after its last run failed. Refused (409) when the last run did not fail, or it has not run.</summary>
internal sealed record RetryJob(string Name) : ICommand
{
    public void Validate(ValidationErrors errors) => JobName.Validate(errors, Name);
}

internal sealed class RetryJobHandler(ISchedulerFactory schedulers) : ICommandHandler<RetryJob>
{
    public const string Action = "job.retry";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.Administrator];

    public async Task<CommandResult> HandleAsync(RetryJob command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (RecurringJobs.Find(command.Name) is not { } job)
        {
            context.Audit(Action, JobEndpoints.RecordKind, command.Name, null, AuditOutcomes.Refused);
            return CommandResult.Refused(ApiProblems.NotFound("job"));
        }

        var last = await context.Db.JobRuns.AsNoTracking()
            .Where(r => r.Job == job.Name)
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (last is not { Outcome: JobRunOutcomes.Failed })
        {
            context.Audit(Action, JobEndpoints.RecordKind, job.Name, null, AuditOutcomes.Refused);
            return CommandResult.Refused(ApiProblems.NotPermittedNow(last is null
                ? $"The job {job.Name} has not run yet: there is nothing to retry. Run it now instead."
                : $"The last run of {job.Name} did not fail (it {(last.Outcome == JobRunOutcomes.Running ? "is still running" : last.Outcome)}): there is nothing to retry. Run it now instead."));
        }

        var runId = Guid.CreateVersion7();
        var user = context.User.Id;
        context.OnCommitted(cancel => JobRunRequests.FireNowAsync(schedulers, job, runId, JobRunReasons.Retry, user, last.Id, cancel));
        context.Audit(Action, JobEndpoints.RecordKind, job.Name, null, AuditOutcomes.Changed);
        return CommandResult.Done(TypedResults.Accepted(JobEndpoints.RunsPath(job), new JobRunRequested(job.Name, runId, JobRunReasons.Retry)));
    }
}
