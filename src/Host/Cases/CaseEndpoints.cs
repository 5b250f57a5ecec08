namespace EarlyHelp.Host.Cases;

/// <summary>The lead practitioners' and team managers' part of the API: caseloads, the case page, and the changes they make to a case.</summary>
internal static class CaseEndpoints
{
    public static IServiceCollection AddCaseEndpoints(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder app) => app;
}
