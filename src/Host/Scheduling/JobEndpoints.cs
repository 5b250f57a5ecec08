namespace EarlyHelp.Host.Scheduling;

/// <summary>The jobs page's data for administrators: each scheduled job, its next and last run, outcome and failures; run now; retry.</summary>
internal static class JobEndpoints
{
    public static IServiceCollection AddJobEndpoints(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapJobEndpoints(this IEndpointRouteBuilder app) => app;
}
