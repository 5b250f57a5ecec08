using System.Text.Json;
using Pipeline = EarlyHelp.Host.CommandPipeline.CommandPipeline;

namespace EarlyHelp.Host.Admin;

/// <summary>The administrators' part of the API: workflow definitions, activity descriptors, instances and incidents, users and teams.</summary>
internal static class AdminEndpoints
{
    public static IServiceCollection AddAdminEndpoints(this IServiceCollection services)
    {
        services.AddScoped<ListWorkflowsHandler>();
        services.AddScoped<ReadWorkflowVersionHandler>();
        services.AddScoped<CreateWorkflowHandler>();
        services.AddScoped<SaveDraftHandler>();
        services.AddScoped<ValidateWorkflowHandler>();
        services.AddScoped<PublishDraftHandler>();
        services.AddScoped<CompareVersionsHandler>();
        services.AddScoped<ImportWorkflowHandler>();
        services.AddScoped<TryWorkflowHandler>();
        services.AddScoped<MigrateInstancesHandler>();
        services.AddScoped<ListActivitiesHandler>();
        services.AddScoped<ListInstancesHandler>();
        services.AddScoped<ReadInstanceHandler>();
        services.AddScoped<ListIncidentsHandler>();
        services.AddScoped<ResolveIncidentHandler>();
        services.AddScoped<CancelWorkflowInstanceHandler>();
        services.AddScoped<ListUsersHandler>();
        services.AddScoped<CreateUserHandler>();
        services.AddScoped<UpdateUserHandler>();
        services.AddScoped<ListTeamsHandler>();
        services.AddScoped<CreateTeamHandler>();
        services.AddScoped<UpdateTeamHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").RequireAuthorization();
        MapWorkflowDefinitions(admin.MapGroup("").WithTags("Administration: workflow definitions"));
        MapInstances(admin.MapGroup("").WithTags("Administration: instances and incidents"));
        MapStaff(admin.MapGroup("").WithTags("Administration: users and teams"));
        return app;
    }

    private static void MapWorkflowDefinitions(RouteGroupBuilder api)
    {
        api.MapGet("/workflows", (Pipeline pipeline, ListWorkflowsHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ListWorkflows(), handler, http, cancellationToken))
            .WithName("AdminListWorkflows")
            .WithSummary("Every workflow with its versions and their status (draft or published).")
            .Produces<IReadOnlyList<WorkflowSummary>>();

        api.MapPost("/workflows", async (Pipeline pipeline, CreateWorkflowHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                await pipeline.SendAsync(new CreateWorkflow(await DefinitionBody.ReadAsync(http.Request, cancellationToken)), handler, http, cancellationToken))
            .WithName("AdminCreateWorkflow")
            .WithSummary("Creates a workflow from a JSON definition (the workflows-json format) as version 1, a draft; answers with its remaining problems.")
            .Accepts<JsonElement>("application/json")
            .Produces<WorkflowVersionSaved>(StatusCodes.Status201Created);

        api.MapPost("/workflows/validate", async (Pipeline pipeline, ValidateWorkflowHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                await pipeline.SendAsync(new ValidateWorkflow(await DefinitionBody.ReadAsync(http.Request, cancellationToken)), handler, http, cancellationToken))
            .WithName("AdminValidateWorkflow")
            .WithSummary("The validation report of a JSON definition, as publishing checks it. Stores nothing.")
            .Accepts<JsonElement>("application/json")
            .Produces<WorkflowValidation>();

        api.MapPost("/workflows/import", async (Pipeline pipeline, ImportWorkflowHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                await pipeline.SendAsync(new ImportWorkflow(await DefinitionBody.ReadAsync(http.Request, cancellationToken)), handler, http, cancellationToken))
            .WithName("AdminImportWorkflow")
            .WithSummary("Imports an exported definition file as a draft: a new workflow, or the next version of an existing one.")
            .Accepts<JsonElement>("application/json")
            .Produces<WorkflowVersionSaved>(StatusCodes.Status201Created);

        api.MapGet("/workflows/{id}/versions/{version:int}", (string id, int version, Pipeline pipeline, ReadWorkflowVersionHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ReadWorkflowVersion(id, version, AsFile: false), handler, http, cancellationToken))
            .WithName("AdminReadWorkflowVersion")
            .WithSummary("One version's JSON definition.")
            .Produces<JsonElement>(contentType: "application/json");

        api.MapGet("/workflows/{id}/versions/{version:int}/export", (string id, int version, Pipeline pipeline, ReadWorkflowVersionHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ReadWorkflowVersion(id, version, AsFile: true), handler, http, cancellationToken))
            .WithName("AdminExportWorkflowVersion")
            .WithSummary("Downloads one version's JSON definition as a file, to import elsewhere.")
            .Produces<JsonElement>(contentType: "application/json");

        api.MapPut("/workflows/{id}/draft", async (string id, Pipeline pipeline, SaveDraftHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                await pipeline.SendAsync(new SaveDraft(id, await DefinitionBody.ReadAsync(http.Request, cancellationToken)), handler, http, cancellationToken))
            .WithName("AdminSaveWorkflowDraft")
            .WithSummary("Replaces the workflow's draft, or starts the next version as a draft when every version is published; answers with its remaining problems.")
            .Accepts<JsonElement>("application/json")
            .Produces<WorkflowVersionSaved>();

        api.MapPost("/workflows/{id}/draft/publish", (string id, Pipeline pipeline, PublishDraftHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new PublishDraft(id), handler, http, cancellationToken))
            .WithName("AdminPublishWorkflowDraft")
            .WithSummary("Publishes the draft; refused with the validation report (422) while it has problems. A published version never changes.")
            .Produces<WorkflowVersionSaved>();

        api.MapGet("/workflows/{id}/diff", (string id, int? from, int? to, Pipeline pipeline, CompareVersionsHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new CompareVersions(id, from, to), handler, http, cancellationToken))
            .WithName("AdminCompareWorkflowVersions")
            .WithSummary("What changed between two versions: what runs differently, and what only looks different.")
            .Produces<WorkflowDiffResponse>();

        api.MapPost("/workflows/{id}/try", (string id, TryWorkflowBody? body, Pipeline pipeline, TryWorkflowHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(TryWorkflow.From(id, body), handler, http, cancellationToken))
            .WithName("AdminTryWorkflow")
            .WithSummary("Try it: runs a definition (a draft may be tried) against a scenario with a fake clock and answers the trace. Stores nothing.")
            .Produces<TryWorkflowResponse>();

        api.MapPost("/workflows/{id}/migrations", (string id, MigrateInstancesBody? body, Pipeline pipeline, MigrateInstancesHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(
                    body is null ? null : new MigrateInstances(id, body.FromVersion, body.ToVersion, body.Map, body.DryRun, body.InstanceIds, body.Reason),
                    handler, http, cancellationToken))
            .WithName("AdminMigrateInstances")
            .WithSummary("Moves running instances to another version with an old-to-new activity map: a dry run reports each instance; the real run moves them.")
            .Produces<MigrationReport>();

        api.MapGet("/activities", (Pipeline pipeline, ListActivitiesHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ListActivities(), handler, http, cancellationToken))
            .WithName("AdminListActivities")
            .WithSummary("Every activity type for the designer's toolbox: inputs with types, defaults and choices; ports.")
            .Produces<IReadOnlyList<ActivityTypeResponse>>();
    }

    private static void MapInstances(RouteGroupBuilder api)
    {
        api.MapGet("/instances", (string? status, string? definitionId, string? caseReference, int? page, int? pageSize, Pipeline pipeline, ListInstancesHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ListInstances(status, definitionId, page, pageSize, caseReference), handler, http, cancellationToken))
            .WithName("AdminListInstances")
            .WithSummary("Workflow instances, newest first, by status (running, completed, cancelled), workflow and case reference.")
            .Produces<InstancePage>();

        api.MapGet("/instances/{id:guid}", (Guid id, Pipeline pipeline, ReadInstanceHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ReadInstance(id), handler, http, cancellationToken))
            .WithName("AdminReadInstance")
            .WithSummary("One instance: where it stands, what it waits for, its incidents, open tasks and trace.")
            .Produces<InstanceDetail>();

        api.MapGet("/incidents", (int? page, int? pageSize, Pipeline pipeline, ListIncidentsHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ListIncidents(page, pageSize), handler, http, cancellationToken))
            .WithName("AdminListIncidents")
            .WithSummary("The open incidents of running instances.")
            .Produces<IncidentPage>();

        api.MapPost("/instances/{id:guid}/incidents/{incidentId:guid}/retry", (Guid id, Guid incidentId, Pipeline pipeline, ResolveIncidentHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ResolveIncident(id, incidentId, IncidentResolutionRequest.Retry, null), handler, http, cancellationToken))
            .WithName("AdminRetryIncident")
            .WithSummary("Runs the faulted activity again.")
            .Produces<InstanceStepped>();

        api.MapPost("/instances/{id:guid}/incidents/{incidentId:guid}/skip", (Guid id, Guid incidentId, SkipIncidentBody? body, Pipeline pipeline, ResolveIncidentHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ResolveIncident(id, incidentId, IncidentResolutionRequest.Skip, body?.Port), handler, http, cancellationToken))
            .WithName("AdminSkipIncident")
            .WithSummary("Completes the faulted activity without running it, by the port given (its first when none is).")
            .Produces<InstanceStepped>();

        api.MapPost("/instances/{id:guid}/incidents/{incidentId:guid}/cancel", (Guid id, Guid incidentId, Pipeline pipeline, ResolveIncidentHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ResolveIncident(id, incidentId, IncidentResolutionRequest.Cancel, null), handler, http, cancellationToken))
            .WithName("AdminCancelIncident")
            .WithSummary("Cancels the faulted activity's branch.")
            .Produces<InstanceStepped>();

        api.MapPost("/instances/{id:guid}/cancel", (Guid id, CancelWorkflowInstanceBody? body, Pipeline pipeline, CancelWorkflowInstanceHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new CancelWorkflowInstance(id, body.Reason), handler, http, cancellationToken))
            .WithName("AdminCancelInstance")
            .WithSummary("Cancels a running instance, with a reason.")
            .Produces<InstanceStepped>();
    }

    private static void MapStaff(RouteGroupBuilder api)
    {
        api.MapGet("/users", (Pipeline pipeline, ListUsersHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ListUsers(), handler, http, cancellationToken))
            .WithName("AdminListUsers")
            .WithSummary("Every user: identifier, display name, roles, team, active.")
            .Produces<IReadOnlyList<UserResponse>>();

        api.MapPost("/users", (CreateUser? body, Pipeline pipeline, CreateUserHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body, handler, http, cancellationToken))
            .WithName("AdminCreateUser")
            .WithSummary("Adds a user with roles (triage-officer, lead-practitioner, team-manager, panel-chair, social-worker, administrator) and a team.")
            .Produces<UserResponse>(StatusCodes.Status201Created);

        api.MapPut("/users/{id}", (string id, UpdateUserBody? body, Pipeline pipeline, UpdateUserHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new UpdateUser(id, body.DisplayName, body.Roles, body.TeamId, body.Active), handler, http, cancellationToken))
            .WithName("AdminUpdateUser")
            .WithSummary("Sets a user's roles, team and whether they may sign in.")
            .Produces<UserResponse>();

        api.MapGet("/teams", (Pipeline pipeline, ListTeamsHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(new ListTeams(), handler, http, cancellationToken))
            .WithName("AdminListTeams")
            .WithSummary("Every locality team, with its number of active users.")
            .Produces<IReadOnlyList<TeamResponse>>();

        api.MapPost("/teams", (CreateTeam? body, Pipeline pipeline, CreateTeamHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body, handler, http, cancellationToken))
            .WithName("AdminCreateTeam")
            .WithSummary("Adds a locality team; its id is the locality cases name.")
            .Produces<TeamResponse>(StatusCodes.Status201Created);

        api.MapPut("/teams/{id}", (string id, UpdateTeamBody? body, Pipeline pipeline, UpdateTeamHandler handler, HttpContext http, CancellationToken cancellationToken) =>
                pipeline.SendAsync(body is null ? null : new UpdateTeam(id, body.Name, body.Active), handler, http, cancellationToken))
            .WithName("AdminUpdateTeam")
            .WithSummary("Renames a team or (de)activates it.")
            .Produces<TeamResponse>();
    }
}
