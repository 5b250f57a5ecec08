using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>Cancels a running instance with a reason: its waits, tasks and timers end. The case itself is not changed.</summary>
internal sealed record CancelWorkflowInstance(Guid InstanceId, string? Reason) : ICommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("reason", Reason);
        errors.MaxLength("reason", Reason, 1000);
    }
}

internal sealed record CancelWorkflowInstanceBody(string? Reason);

internal sealed class CancelWorkflowInstanceHandler(WorkflowRunner runner) : ICommandHandler<CancelWorkflowInstance>
{
    public const string Action = "workflow-instance.cancel";

    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(CancelWorkflowInstance command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var row = await context.Db.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == command.InstanceId, cancellationToken);
        if (row is null)
        {
            return CommandResult.Refused(ApiProblems.NotFound("workflow instance"));
        }

        if (row.Status != WorkflowRunner.StatusWord(InstanceStatus.Running))
        {
            context.Audit(Action, AdminRecords.WorkflowInstance, AdminRecords.Instance(row.Id), row.CaseId, AuditOutcomes.Refused);
            return CommandResult.Refused(ApiProblems.NotPermittedNow($"the instance has ended ({row.Status})"));
        }

        return await InstanceSteps.RunAsync(runner, context, row, new CancelInstance(command.Reason!.Trim()), Action, cancellationToken);
    }
}
