namespace EarlyHelp.Host.Reports;

/// <summary>The performance reports: the framework's measures per quarter and year, by locality and for the council, as JSON or CSV.</summary>
internal static class ReportEndpoints
{
    public static IServiceCollection AddReportEndpoints(this IServiceCollection services)
    {
        services.AddScoped<ReadMeasuresHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization();

        reports.MapGet("/measures", (string? year, string? format, CommandPipeline.CommandPipeline pipeline, ReadMeasuresHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ReadMeasures(year, format), handler, http, cancellationToken))
            .WithName("ReadMeasures")
            .WithSummary("The performance framework's measures for a financial year (year=2026-27; the current year when left out): each quarter and the year, for the council and each locality, as JSON or, with format=csv, a CSV file.")
            .Produces<MeasuresResponse>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        reports.MapGet("/measures.csv", (string? year, CommandPipeline.CommandPipeline pipeline, ReadMeasuresHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ReadMeasures(year, ReadMeasures.Csv), handler, http, cancellationToken))
            .WithName("ReadMeasuresCsv")
            .WithSummary("The performance framework's measures for a financial year (year=2026-27) as a CSV file: one row per measure, breakdown, period and area.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return app;
    }
}
