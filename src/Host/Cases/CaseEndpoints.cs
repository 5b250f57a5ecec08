using EarlyHelp.Host.CommandPipeline;

namespace EarlyHelp.Host.Cases;

/// <summary>The lead practitioners' and team managers' part of the API: caseloads, the case page, and the changes they make to a case.</summary>
internal static class CaseEndpoints
{
    public static IServiceCollection AddCaseEndpoints(this IServiceCollection services)
    {
        services.AddScoped<CaseloadHandler>();
        services.AddScoped<MyTasksHandler>();
        services.AddScoped<ReadCaseHandler>();
        services.AddScoped<RecordConsentHandler>();
        services.AddScoped<WithdrawConsentHandler>();
        services.AddScoped<StartAssessmentHandler>();
        services.AddScoped<CompleteAssessmentHandler>();
        services.AddScoped<UpdateFamilyPlanHandler>();
        services.AddScoped<HoldTafMeetingHandler>();
        services.AddScoped<RecordReviewHandler>();
        services.AddScoped<RecordOutcomeReadingsHandler>();
        services.AddScoped<RecordCseScreeningHandler>();
        services.AddScoped<ChangeLevelOfNeedHandler>();
        services.AddScoped<DeclineStepUpHandler>();
        services.AddScoped<StepUpHandler>();
        services.AddScoped<RequestClosureHandler>();
        services.AddScoped<SignOffClosureHandler>();
        services.AddScoped<RecordExitSurveyHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Cases").RequireAuthorization();

        api.MapGet("/caseload", (string? scope, string? state, int? page, int? pageSize, CommandPipeline.CommandPipeline pipeline, CaseloadHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new Caseload(scope, state, page, pageSize), handler, http, cancellationToken))
            .WithName("Caseload")
            .WithSummary("The lead practitioner's own cases (scope=mine) or the team's (scope=team); open cases unless a state is asked for.")
            .Produces<CaseloadPage>();

        api.MapGet("/my-tasks", (int? page, int? pageSize, CommandPipeline.CommandPipeline pipeline, MyTasksHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new MyTasks(page, pageSize), handler, http, cancellationToken))
            .WithName("MyTasks")
            .WithSummary("The open pathway tasks for me, my team and my roles on cases I may see, soonest due first.")
            .Produces<MyTasksPage>();

        var cases = api.MapGroup("/cases/{caseId:guid}");

        cases.MapGet("", (Guid caseId, CommandPipeline.CommandPipeline pipeline, ReadCaseHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ReadCase(caseId), handler, http, cancellationToken))
            .WithName("ReadCase")
            .WithSummary("The case page: family, facts, timeline, open tasks, deadlines and what is permitted now. The ETag is the case version.")
            .Produces<CasePageResponse>();

        cases.MapPost("/consent", (Guid caseId, RecordConsentBody? body, CommandPipeline.CommandPipeline pipeline, RecordConsentHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new RecordConsent(caseId, body.Status, body.GivenBy, body.Note), handler, http, cancellationToken))
            .WithName("RecordConsent")
            .WithSummary("Records the family's consent to Early Help: given, or partial with what it covers.")
            .Produces<CaseChanged>();

        cases.MapPost("/consent/withdrawal", (Guid caseId, WithdrawConsentBody? body, CommandPipeline.CommandPipeline pipeline, WithdrawConsentHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new WithdrawConsent(caseId, body.WithdrawnBy, body.Reason), handler, http, cancellationToken))
            .WithName("WithdrawConsent")
            .WithSummary("Records that the family withdrew consent; the family plan ends.")
            .Produces<CaseChanged>();

        cases.MapPost("/assessment/start", (Guid caseId, StartAssessmentBody? body, CommandPipeline.CommandPipeline pipeline, StartAssessmentHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new StartAssessment(caseId, body?.Note), handler, http, cancellationToken))
            .WithName("StartAssessment")
            .WithSummary("Starts the Early Help Assessment; needs consent and one lead practitioner.")
            .Produces<CaseChanged>();

        cases.MapPost("/assessment/complete", (Guid caseId, CompleteAssessmentBody? body, CommandPipeline.CommandPipeline pipeline, CompleteAssessmentHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new CompleteAssessment(caseId, body.LevelOfNeed, body.NeedsIdentified, body.Plan), handler, http, cancellationToken))
            .WithName("CompleteAssessment")
            .WithSummary("Completes the Early Help Assessment with the level of need, the needs identified and the family plan.")
            .Produces<CaseChanged>();

        cases.MapPut("/plan", (Guid caseId, UpdateFamilyPlanBody? body, CommandPipeline.CommandPipeline pipeline, UpdateFamilyPlanHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new UpdateFamilyPlan(caseId, body.Plan), handler, http, cancellationToken))
            .WithName("UpdateFamilyPlan")
            .WithSummary("Replaces the family plan's actions while the plan runs.")
            .Produces<CaseChanged>();

        cases.MapPost("/taf-meetings", (Guid caseId, HoldTafMeetingBody? body, CommandPipeline.CommandPipeline pipeline, HoldTafMeetingHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new HoldTafMeeting(caseId, body.HeldOn, body.AgenciesPresent, body.FamilyPresent, body.Summary), handler, http, cancellationToken))
            .WithName("HoldTafMeeting")
            .WithSummary("Records a Team Around the Family meeting once held.")
            .Produces<CaseChanged>();

        cases.MapPost("/reviews", (Guid caseId, RecordReviewBody? body, CommandPipeline.CommandPipeline pipeline, RecordReviewHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new RecordReview(caseId, body.HeldOn, body.Outcome, body.Summary, body.Readings), handler, http, cancellationToken))
            .WithName("RecordReview")
            .WithSummary("Records a review of the family plan and its conclusion, with outcome readings taken at it.")
            .Produces<CaseChanged>();

        cases.MapPost("/outcome-readings", (Guid caseId, RecordOutcomeReadingsBody? body, CommandPipeline.CommandPipeline pipeline, RecordOutcomeReadingsHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new RecordOutcomeReadings(caseId, body.Measure, body.Scores), handler, http, cancellationToken))
            .WithName("RecordOutcomeReadings")
            .WithSummary("Records outcome measure readings: a score in each named domain.")
            .Produces<CaseChanged>();

        cases.MapPost("/cse-screenings", (Guid caseId, RecordCseScreeningBody? body, CommandPipeline.CommandPipeline pipeline, RecordCseScreeningHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new RecordCseScreening(caseId, body.ChildId, body.Risk), handler, http, cancellationToken))
            .WithName("RecordCseScreening")
            .WithSummary("Records a CSE screening of one of the case's children; a high risk requires a step-up decision.")
            .Produces<CaseChanged>();

        cases.MapPost("/level-of-need", (Guid caseId, ChangeLevelOfNeedBody? body, CommandPipeline.CommandPipeline pipeline, ChangeLevelOfNeedHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new ChangeLevelOfNeed(caseId, body.LevelOfNeed, body.Reason), handler, http, cancellationToken))
            .WithName("ChangeLevelOfNeed")
            .WithSummary("Changes the level of need; above the Early Help ceiling a step-up decision is then required.")
            .Produces<CaseChanged>();

        cases.MapPost("/step-up/decline", (Guid caseId, DeclineStepUpBody? body, CommandPipeline.CommandPipeline pipeline, DeclineStepUpHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new DeclineStepUp(caseId, body.AgreedLevelOfNeed, body.Reason), handler, http, cancellationToken))
            .WithName("DeclineStepUp")
            .WithSummary("A team manager keeps the case in Early Help when a step-up decision is waiting.")
            .Produces<CaseChanged>();

        cases.MapPost("/step-up", (Guid caseId, StepUpBody? body, CommandPipeline.CommandPipeline pipeline, StepUpHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new StepUp(caseId, body.Reason, body.SocialCareReference), handler, http, cancellationToken))
            .WithName("StepUp")
            .WithSummary("Steps the case up to children's social care; nothing may block it.")
            .Produces<CaseChanged>();

        cases.MapPost("/closure-request", (Guid caseId, RequestClosureBody? body, CommandPipeline.CommandPipeline pipeline, RequestClosureHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new RequestClosure(caseId, body.Reason, body.FamilyViews, body.ChildViews), handler, http, cancellationToken))
            .WithName("RequestClosure")
            .WithSummary("Asks to close the case with a reason code and the family's and the child's views.")
            .Produces<CaseChanged>();

        cases.MapPost("/closure-sign-off", (Guid caseId, SignOffClosureBody? body, CommandPipeline.CommandPipeline pipeline, SignOffClosureHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new SignOffClosure(caseId, body?.Note), handler, http, cancellationToken))
            .WithName("SignOffClosure")
            .WithSummary("A team manager signs off the requested closure; the case closes.")
            .Produces<CaseChanged>();

        cases.MapPost("/exit-survey", (Guid caseId, RecordExitSurveyBody? body, CommandPipeline.CommandPipeline pipeline, RecordExitSurveyHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new RecordExitSurvey(caseId, body.TreatedWithRespect, body.ListenedTo, body.HelpedWithIssues, body.Comment), handler, http, cancellationToken))
            .WithName("RecordExitSurvey")
            .WithSummary("Records the family's exit survey once the case is closed.")
            .Produces<CaseChanged>();
        return app;
    }
}
