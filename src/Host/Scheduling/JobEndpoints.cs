namespace EarlyHelp.Host.Scheduling;

/// <summary>The jobs page's data for administrators: each scheduled job, its next and last run, outcome and failures; run now; retry.</summary>
internal static class JobEndpoints
{
    /// <summary>The record kind of the audit entries of these endpoints; the record id is the job's name.</summary>
    public const string RecordKind = "job";

    public static IServiceCollection AddJobEndpoints(this IServiceCollection services)
    {
        services.AddScoped<ListJobsHandler>();
        services.AddScoped<ListJobRunsHandler>();
        services.AddScoped<RunJobNowHandler>();
        services.AddScoped<RetryJobHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapJobEndpoints(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/admin/jobs").WithTags("Jobs").RequireAuthorization();

        jobs.MapGet("", (CommandPipeline.CommandPipeline pipeline, ListJobsHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ListJobs(), handler, http, cancellationToken))
            .WithName("ListJobs")
            .WithSummary("Every recurring job: its schedule, next and previous fire times, last run and outcome, failures in the last 7 days, paused or not.")
            .Produces<JobList>();

        jobs.MapGet("/{name}/runs", (string name, int? page, int? pageSize, CommandPipeline.CommandPipeline pipeline, ListJobRunsHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ListJobRuns(name, page, pageSize), handler, http, cancellationToken))
            .WithName("ListJobRuns")
            .WithSummary("A job's runs, newest first: started, finished, outcome, error, host, and why it ran.")
            .Produces<JobRunsPage>();

        jobs.MapPost("/{name}/run", (string name, CommandPipeline.CommandPipeline pipeline, RunJobNowHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new RunJobNow(name), handler, http, cancellationToken))
            .WithName("RunJobNow")
            .WithSummary("Runs the job once now, beside its schedule.")
            .Produces<JobRunRequested>(StatusCodes.Status202Accepted);

        jobs.MapPost("/{name}/retry", (string name, CommandPipeline.CommandPipeline pipeline, RetryJobHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new RetryJob(name), handler, http, cancellationToken))
            .WithName("RetryJob")
            .WithSummary("Runs the job again after its last run failed; 409 when the last run did not fail.")
            .Produces<JobRunRequested>(StatusCodes.Status202Accepted);
        return app;
    }

    public static string RunsPath(RecurringJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return $"/api/admin/jobs/{job.Name}/runs";
    }
}
