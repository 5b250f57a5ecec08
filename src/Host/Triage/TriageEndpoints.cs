using EarlyHelp.Host.CommandPipeline;

namespace EarlyHelp.Host.Triage;

/// <summary>The triage officers' part of the API: enquiries, the inbox, decisions, notices to referrers, allocation.</summary>
internal static class TriageEndpoints
{
    public static IServiceCollection AddTriage(this IServiceCollection services)
    {
        services.AddSingleton<TriageDeadline>();
        services.AddScoped<CreateEnquiryHandler>();
        services.AddScoped<AddEnquiryHandler>();
        services.AddScoped<TriageInboxHandler>();
        services.AddScoped<DecideTriageHandler>();
        services.AddScoped<NotifyReferrerHandler>();
        services.AddScoped<AllocateLeadPractitionerHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapTriageEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Triage").RequireAuthorization();

        api.MapPost("/enquiries", (CreateEnquiry? body, CommandPipeline.CommandPipeline pipeline, CreateEnquiryHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body, handler, http, cancellationToken))
            .WithName("CreateEnquiry")
            .WithSummary("Records a request for support about children of a family, and starts the referral pathway.")
            .Produces<EnquiryCreated>(StatusCodes.Status201Created);

        api.MapGet("/triage/inbox", (string? urgency, string? status, string? search, int? page, int? pageSize, CommandPipeline.CommandPipeline pipeline, TriageInboxHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new TriageInbox(urgency, status, search, page, pageSize), handler, http, cancellationToken))
            .WithName("TriageInbox")
            .WithSummary("The team's enquiries waiting for triage: urgent first, then oldest; with working days left and status.")
            .Produces<TriageInboxPage>();

        api.MapPost("/cases/{caseId:guid}/enquiries", (Guid caseId, AddEnquiryBody? body, CommandPipeline.CommandPipeline pipeline, AddEnquiryHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new AddEnquiry(caseId, body.Enquiry), handler, http, cancellationToken))
            .WithName("AddEnquiry")
            .WithSummary("Adds a further enquiry to the child's open episode instead of opening another.")
            .Produces<Cases.CaseChanged>();

        api.MapPost("/cases/{caseId:guid}/triage-decision", (Guid caseId, DecideTriageBody? body, CommandPipeline.CommandPipeline pipeline, DecideTriageHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new DecideTriage(caseId, body.Outcome, body.LevelOfNeed, body.Rationale), handler, http, cancellationToken))
            .WithName("DecideTriage")
            .WithSummary("Decides the enquiry: early-help, single-agency, signpost, no-further-action or refer-to-social-care.")
            .Produces<Cases.CaseChanged>();

        api.MapPost("/cases/{caseId:guid}/referrer-notices", (Guid caseId, NotifyReferrerBody? body, CommandPipeline.CommandPipeline pipeline, NotifyReferrerHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new NotifyReferrer(caseId, body?.Note), handler, http, cancellationToken))
            .WithName("NotifyReferrer")
            .WithSummary("Tells the referrers the outcome of triage, through the notification outbox.")
            .Produces<ReferrersNotified>(StatusCodes.Status202Accepted);

        api.MapPost("/cases/{caseId:guid}/allocation", (Guid caseId, AllocateLeadPractitionerBody? body, CommandPipeline.CommandPipeline pipeline, AllocateLeadPractitionerHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new AllocateLeadPractitioner(caseId, body.PractitionerId), handler, http, cancellationToken))
            .WithName("AllocateLeadPractitioner")
            .WithSummary("Allocates a lead practitioner of the team to the case.")
            .Produces<Cases.CaseChanged>();
        return app;
    }
}
