using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Host.Cases;

/// <summary>The common path of a change from the case page: load the case for a change (404, or 409 when stale), then perform it.</summary>
internal static class CaseChanges
{
    public static async Task<CommandResult> PerformAsync(CaseActions actions, CommandContext context, Guid caseId, CaseChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(change);
        var (subject, problem) = await CaseAccess.ForChangeAsync(context, caseId, change.Action, cancellationToken);
        return subject is null
            ? CommandResult.Refused(problem!)
            : await actions.PerformAsync(context, subject, change, cancellationToken);
    }

    /// <summary>Refuses a day after today (the council's date): a meeting is recorded once held.</summary>
    public static IResult? NotInTheFuture(CommandContext context, string field, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(context);
        return day > CouncilTime.DateOf(context.Now) ? ApiProblems.Invalid(field, "Cannot be in the future.") : null;
    }
}
