using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>What an administrator does with an incident.</summary>
internal enum IncidentResolutionRequest
{
    /// <summary>Run the faulted activity again.</summary>
    Retry,

    /// <summary>Complete it without running, by a port (its first when none is named).</summary>
    Skip,

    /// <summary>Cancel its branch.</summary>
    Cancel,
}

/// <summary>Retries, skips or cancels the faulted activity of an incident: one workflow step, in the command's transaction.</summary>
internal sealed record ResolveIncident(Guid InstanceId, Guid IncidentId, IncidentResolutionRequest Resolution, string? Port) : ICommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Port is not null)
        {
            errors.Required("port", Port);
            errors.MaxLength("port", Port, 100);
        }
    }
}

/// <summary>The body of a skip: the port to leave by, or none for the activity's first.</summary>
internal sealed record SkipIncidentBody(string? Port);

/// <summary>What a step an administrator asked for did: where the instance stands, and the step's trace.</summary>
internal sealed record InstanceStepped(Guid InstanceId, string Status, int Version, int OpenIncidents, IReadOnlyList<TraceLine> Trace);

internal sealed class ResolveIncidentHandler(WorkflowRunner runner, WorkflowDefinitionStore definitions, ActivityCatalogue catalogue) : ICommandHandler<ResolveIncident>
{
    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public static string Action(IncidentResolutionRequest resolution) => $"workflow-incident.{ReadInstanceHandler.Word(resolution.ToString())}";

    public async Task<CommandResult> HandleAsync(ResolveIncident command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var action = Action(command.Resolution);
        var row = await context.Db.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == command.InstanceId, cancellationToken);
        if (row is null)
        {
            return CommandResult.Refused(ApiProblems.NotFound("workflow instance"));
        }

        var incident = WorkflowInstanceJson.Read(row.State).Incidents.FirstOrDefault(i => i.Id == command.IncidentId);
        if (incident is null)
        {
            return CommandResult.Refused(ApiProblems.NotFound("incident"));
        }

        if (await ProblemAsync(row, incident, command, cancellationToken) is { } problem)
        {
            context.Audit(action, AdminRecords.WorkflowInstance, AdminRecords.Instance(row.Id), row.CaseId, AuditOutcomes.Refused);
            return CommandResult.Refused(problem);
        }

        Stimulus stimulus = command.Resolution switch
        {
            IncidentResolutionRequest.Retry => new RetryIncident(incident.Id),
            IncidentResolutionRequest.Skip => new SkipIncident(incident.Id, command.Port),
            _ => new CancelIncident(incident.Id),
        };
        return await InstanceSteps.RunAsync(runner, context, row, stimulus, action, cancellationToken);
    }

    private async Task<IResult?> ProblemAsync(WorkflowInstanceRow row, Incident incident, ResolveIncident command, CancellationToken cancellationToken)
    {
        if (!incident.IsOpen)
        {
            return ApiProblems.NotPermittedNow($"the incident was resolved already ({ReadInstanceHandler.Word(incident.Resolution!.Value.ToString())})");
        }

        if (row.Status != WorkflowRunner.StatusWord(InstanceStatus.Running))
        {
            return ApiProblems.NotPermittedNow($"the instance has ended ({row.Status})");
        }

        if (command.Resolution != IncidentResolutionRequest.Skip || command.Port is not { } port)
        {
            return null;
        }

        var definition = await definitions.FindAsync(row.DefinitionId, row.DefinitionVersion, cancellationToken);
        var ports = definition?.FindActivity(incident.ActivityId) is { } activity ? catalogue.PortsOf(activity) : [];
        return ports.Contains(port)
            ? null
            : ApiProblems.Invalid("port", ports.Count == 0 ? "This activity has no ports: leave the port out." : $"One of {string.Join(", ", ports)}.");
    }
}
