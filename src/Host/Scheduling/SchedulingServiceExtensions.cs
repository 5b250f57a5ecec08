using EarlyHelp.Host.Persistence;
using EarlyHelp.Workflows.Ports;
using Quartz;

namespace EarlyHelp.Host.Scheduling;

internal static class SchedulingServiceExtensions
{
    /// <summary>
    /// Quartz with its persistent store in the application's database: SQLite by default; PostgreSQL
    /// clustered, so several hosts share the timers and each fires once (Quartz refuses to cluster on SQLite,
    /// and a single process needs no cluster).
    /// </summary>
    public static IServiceCollection AddEarlyHelpScheduling(this IServiceCollection services, DatabaseConnection database, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(database);
        services.AddSingleton(configuration.GetSection(ScheduleOptions.Section).Get<ScheduleOptions>() ?? new ScheduleOptions());
        services.AddSingleton<StepDownPanel.StepDownPanelAgenda>();
        var timescales = configuration.GetSection("Timescales").Get<EarlyHelp.Workflows.Deadlines.Timescales>() ?? EarlyHelp.Workflows.Deadlines.Timescales.Default;
        if (timescales.Validate() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException($"Timescales in configuration: {string.Join("; ", problems)}");
        }

        services.AddSingleton(timescales);
        services.AddSingleton<Timeliness.TeamDirectory>();
        services.AddSingleton<Timeliness.TimelinessCheck>();
        services.AddSingleton<Timeliness.ReviewReminders>();
        services.AddSingleton<JobRunRecorder>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJobListener(provider => provider.GetRequiredService<JobRunRecorder>());
            quartz.AddJob<WorkflowTimerJob>(job => job.WithIdentity(SchedulingKeys.WorkflowTimerJob).StoreDurably());
            quartz.AddJob<NotificationDeliveryJob>(job => job.WithIdentity(SchedulingKeys.NotificationDeliveryJob).StoreDurably());
            quartz.AddJob<PanelAgendaJob>(job => job.WithIdentity(SchedulingKeys.PanelAgendaJob).StoreDurably());
            quartz.AddJob<DailyReconciliationJob>(job => job.WithIdentity(SchedulingKeys.DailyReconciliationJob).StoreDurably());
            quartz.AddJob<TimelinessCheckJob>(job => job.WithIdentity(SchedulingKeys.TimelinessCheckJob).StoreDurably());
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (database.Provider == DatabaseProvider.PostgreSQL)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering(_ => { });
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }

                store.ProvisionSchema();
            });
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddSingleton<ITimerScheduler, QuartzTimerScheduler>();
        services.AddHostedService<RecurringJobs>();
        return services;
    }
}
