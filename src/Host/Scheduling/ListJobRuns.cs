using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Scheduling;

/// <summary>A job's runs, newest first, a page at a time.</summary>
internal sealed record ListJobRuns(string Name, int? Page, int? PageSize) : IQuery
{
    public const int DefaultPageSize = 50;
    public const int MaximumPageSize = 200;

    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        JobName.Validate(errors, Name);
        if (Page is < 1)
        {
            errors.Add("page", "From 1.");
        }

        if (PageSize is < 1 or > MaximumPageSize)
        {
            errors.Add("pageSize", $"From 1 to {MaximumPageSize}.");
        }
    }
}

internal sealed record JobRunsPage(string Job, int Page, int PageSize, int Total, IReadOnlyList<JobRunView> Items);

internal sealed class ListJobRunsHandler : ICommandHandler<ListJobRuns>
{
    public const string Action = "job-runs.read";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.Administrator];

    public async Task<CommandResult> HandleAsync(ListJobRuns command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (RecurringJobs.Find(command.Name) is not { } job)
        {
            context.Audit(Action, JobEndpoints.RecordKind, command.Name, null, AuditOutcomes.Refused);
            return CommandResult.Refused(ApiProblems.NotFound("job"));
        }

        var page = command.Page ?? 1;
        var size = command.PageSize ?? ListJobRuns.DefaultPageSize;
        var runs = context.Db.JobRuns.AsNoTracking().Where(r => r.Job == job.Name);
        var total = await runs.CountAsync(cancellationToken);
        var rows = await runs.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        context.Audit(Action, JobEndpoints.RecordKind, job.Name, null, AuditOutcomes.Read);
        return CommandResult.Done(TypedResults.Ok(new JobRunsPage(job.Name, page, size, total, [.. rows.Select(JobRunView.Of)])));
    }
}
