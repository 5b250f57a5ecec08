using EarlyHelp.Host.Cases;

namespace EarlyHelp.Host.StepDownPanel;

/// <summary>The step-down panel's part of the API: requests from social care, the agenda, decisions, minutes.</summary>
internal static class StepDownPanelEndpoints
{
    public static IServiceCollection AddStepDownPanelEndpoints(this IServiceCollection services)
    {
        services.AddScoped<RequestStepDownHandler>();
        services.AddScoped<PanelAgendaHandler>();
        services.AddScoped<RecordPanelDecisionHandler>();
        services.AddScoped<RecordStepDownHandler>();
        services.AddScoped<PanelMinutesHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapStepDownPanelEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Step-down panel").RequireAuthorization();

        api.MapPost("/cases/{caseId:guid}/step-down-requests", (Guid caseId, RequestStepDownBody? body, CommandPipeline.CommandPipeline pipeline, RequestStepDownHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new RequestStepDown(caseId, body.Reason, body.SocialCareReference), handler, http, cancellationToken))
            .WithName("RequestStepDown")
            .WithSummary("Social care asks the step-down panel to move a stepped-up case to Early Help; starts the step-down pathway.")
            .Produces<StepDownRequestMade>(StatusCodes.Status201Created);

        api.MapGet("/step-down-panel/agenda", (CommandPipeline.CommandPipeline pipeline, PanelAgendaHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new PanelAgenda(), handler, http, cancellationToken))
            .WithName("StepDownPanelAgenda")
            .WithSummary("The requests waiting for the panel, oldest first, each with a summary of its case (no names).")
            .Produces<PanelAgendaPage>();

        api.MapPost("/cases/{caseId:guid}/panel-decision", (Guid caseId, RecordPanelDecisionBody? body, CommandPipeline.CommandPipeline pipeline, RecordPanelDecisionHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new RecordPanelDecision(caseId, body.RequestId, body.Outcome, body.LocalityTeam, body.Partner, body.Reason), handler, http, cancellationToken))
            .WithName("RecordPanelDecision")
            .WithSummary("The panel chair records the decision on the waiting request: accept-to-locality, recommend-to-partner or decline.")
            .Produces<CaseChanged>();

        api.MapPost("/cases/{caseId:guid}/step-down", (Guid caseId, RecordStepDownBody? body, CommandPipeline.CommandPipeline pipeline, RecordStepDownHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new RecordStepDown(caseId, body.LeadPractitionerId, body.AgreedLevelOfNeed), handler, http, cancellationToken))
            .WithName("RecordStepDown")
            .WithSummary("A manager of the accepting team steps the case down with a named lead practitioner and the agreed level of need.")
            .Produces<CaseChanged>();

        api.MapGet("/step-down-panel/minutes", (string? from, string? to, string? format, CommandPipeline.CommandPipeline pipeline, PanelMinutesHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new PanelMinutes(from, to, format), handler, http, cancellationToken))
            .WithName("StepDownPanelMinutes")
            .WithSummary("The panel's decisions recorded between two days (YYYY-MM-DD, both included), as JSON or, with format=csv, a CSV file.")
            .Produces<PanelMinutesPage>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        api.MapGet("/step-down-panel/minutes.csv", (string? from, string? to, CommandPipeline.CommandPipeline pipeline, PanelMinutesHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new PanelMinutes(from, to, PanelMinutes.Csv), handler, http, cancellationToken))
            .WithName("StepDownPanelMinutesCsv")
            .WithSummary("The panel's decisions recorded between two days (YYYY-MM-DD, both included) as a CSV file for the minutes.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return app;
    }
}
