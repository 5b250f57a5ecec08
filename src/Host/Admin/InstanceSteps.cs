using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>Runs one step an administrator asked for on an instance, in the command's transaction, and audits it against the instance's case.</summary>
internal static class InstanceSteps
{
    public static async Task<CommandResult> RunAsync(WorkflowRunner runner, CommandContext context, WorkflowInstanceRow row, Stimulus stimulus, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(row);
        var staged = await runner.ResumeWithinAsync(context.Db, row.Id, stimulus, context.Actor, cancellationToken);
        if (!staged.Result.IsFound)
        {
            return CommandResult.Refused(ApiProblems.NotFound("workflow instance"));
        }

        if (staged.Result.RefusalReason is { } reason)
        {
            context.Audit(action, AdminRecords.WorkflowInstance, AdminRecords.Instance(row.Id), row.CaseId, AuditOutcomes.Refused);
            return CommandResult.Refused(ApiProblems.NotPermittedNow(reason));
        }

        context.OnCommitted(staged.HandOverTimersAsync);
        context.Audit(action, AdminRecords.WorkflowInstance, AdminRecords.Instance(row.Id), row.CaseId, AuditOutcomes.Changed);
        var openIncidents = await context.Db.WorkflowInstances.AsNoTracking().Where(i => i.Id == row.Id).Select(i => i.OpenIncidents).SingleAsync(cancellationToken);
        var result = staged.Result;
        return CommandResult.Done(TypedResults.Ok(new InstanceStepped(
            row.Id,
            WorkflowRunner.StatusWord(result.Status),
            result.Version,
            openIncidents,
            [.. result.Trace.Select(t => new TraceLine(result.Version, t.At, ReadInstanceHandler.Word(t.Kind.ToString()), t.ActivityId, t.Detail))])));
    }
}
