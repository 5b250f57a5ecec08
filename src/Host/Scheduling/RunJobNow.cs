using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>Runs a recurring job once now, beside its schedule. The run is recorded under the id answered.</summary>
internal sealed record RunJobNow(string Name) : ICommand
{
    public void Validate(ValidationErrors errors) => JobName.Validate(errors, Name);
}

/// <summary>A run asked for: it starts as soon as the scheduler has a thread free (and the job's previous run, if any, has ended).</summary>
internal sealed record JobRunRequested(string Job, Guid RunId, string Reason);

internal sealed class RunJobNowHandler(ISchedulerFactory schedulers) : ICommandHandler<RunJobNow>
{
    public const string Action = "job.run-now";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.Administrator];

    public Task<CommandResult> HandleAsync(RunJobNow command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (RecurringJobs.Find(command.Name) is not { } job)
        {
            context.Audit(Action, JobEndpoints.RecordKind, command.Name, null, AuditOutcomes.Refused);
            return Task.FromResult(CommandResult.Refused(ApiProblems.NotFound("job")));
        }

        var runId = Guid.CreateVersion7();
        var user = context.User.Id;
        // After the commit: the scheduler's store is written in a transaction of its own (see AfterCommitResult).
        context.OnCommitted(cancel => JobRunRequests.FireNowAsync(schedulers, job, runId, JobRunReasons.RunNow, user, null, cancel));
        context.Audit(Action, JobEndpoints.RecordKind, job.Name, null, AuditOutcomes.Changed);
        return Task.FromResult(CommandResult.Done(TypedResults.Accepted(JobEndpoints.RunsPath(job), new JobRunRequested(job.Name, runId, JobRunReasons.RunNow))));
    }
}
