using EarlyHelp.Host.Admin;
using EarlyHelp.Host.Cases;
using EarlyHelp.Host.Reports;
using EarlyHelp.Host.Scheduling;
using EarlyHelp.Host.SignIn;
using EarlyHelp.Host.StepDownPanel;
using EarlyHelp.Host.Triage;
using Microsoft.AspNetCore.Http.Json;

namespace EarlyHelp.Host.Api;

/// <summary>The HTTP API: JSON conventions, problem details for every error, the command pipeline, each user group's endpoints, OpenAPI and its explorer page.</summary>
internal static class ApiServiceExtensions
{
    public const string OpenApiDocument = "/openapi/v1.json";
    public const string ExplorerPath = "api-explorer";

    public static IServiceCollection AddEarlyHelpApi(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options => ApiJson.Configure(options.SerializerOptions));
        // Bad bodies reach the exception handler, which answers 400 naming the field (never 500).
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddOpenApi();
        services.AddSingleton<CommandPipeline.CommandPipeline>();
        services.AddScoped<CaseActions>();
        services.AddTriage();
        services.AddCaseEndpoints();
        services.AddStepDownPanelEndpoints();
        services.AddAdminEndpoints();
        services.AddJobEndpoints();
        services.AddReportEndpoints();
        return services;
    }

    public static WebApplication MapEarlyHelpApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi(OpenApiDocument).AllowAnonymous();
        app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = ExplorerPath;
            ui.SwaggerEndpoint(OpenApiDocument, "EarlyHelp API");
            ui.DocumentTitle = "EarlyHelp API explorer";
        });
        app.MapSignInEndpoints();
        app.MapTriageEndpoints();
        app.MapCaseEndpoints();
        app.MapStepDownPanelEndpoints();
        app.MapAdminEndpoints();
        app.MapJobEndpoints();
        app.MapReportEndpoints();
        return app;
    }
}
