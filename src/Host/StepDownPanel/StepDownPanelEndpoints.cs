namespace EarlyHelp.Host.StepDownPanel;

/// <summary>The step-down panel's part of the API: requests from social care, the agenda, decisions, minutes.</summary>
internal static class StepDownPanelEndpoints
{
    public static IServiceCollection AddStepDownPanelEndpoints(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapStepDownPanelEndpoints(this IEndpointRouteBuilder app) => app;
}
