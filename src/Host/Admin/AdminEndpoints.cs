namespace EarlyHelp.Host.Admin;

/// <summary>The administrators' part of the API: workflow definitions, activity descriptors, instances and incidents, users and teams.</summary>
internal static class AdminEndpoints
{
    public static IServiceCollection AddAdminEndpoints(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app) => app;
}
