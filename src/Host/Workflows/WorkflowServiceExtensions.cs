using EarlyHelp.Activities;
using EarlyHelp.Host.Calendar;
using EarlyHelp.Host.Scheduling;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Host.Workflows;

internal static class WorkflowServiceExtensions
{
    /// <summary>The engine with the activity library, the definitions, the step runner and timer reconciliation.</summary>
    public static IServiceCollection AddEarlyHelpWorkflows(this IServiceCollection services)
    {
        services.AddSingleton(ActivityLibrary.Catalogue());
        services.AddSingleton<WorkflowEngine>();
        services.AddSingleton<CalendarStore>();
        // The calendar in use when first asked for: load the store first (Program does, after the schema).
        services.AddSingleton(provider => provider.GetRequiredService<CalendarStore>().Current);
        services.AddSingleton<WorkflowDefinitionStore>();
        services.AddSingleton<WorkflowRunner>();
        services.AddSingleton<InstanceMigrations>();
        services.AddSingleton<WorklistQueries>();
        services.AddSingleton<TimerReconciliation>();
        services.AddHostedService(provider => provider.GetRequiredService<TimerReconciliation>());
        return services;
    }

    /// <summary>Where the shipped definitions are: copied beside the Host by the build.</summary>
    public static string ShippedFolder(IConfiguration configuration) =>
        configuration["Workflows:ShippedFolder"] is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "workflows-json");
}
