using System.Text.Json;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Cases;

/// <summary>Reads the case page. Every read of a child's case is audited, and a case the user may not see answers 404.</summary>
internal sealed record ReadCase(Guid CaseId) : ICaseCommand, IQuery
{
    public void Validate(ValidationErrors errors)
    {
    }
}

internal sealed class ReadCaseHandler(Timescales timescales, WorkingDayCalendar calendar) : ICommandHandler<ReadCase>
{
    public const string Action = "case.read";

    public IReadOnlyList<ActorRole> Roles { get; } =
        [ActorRole.LeadPractitioner, ActorRole.TeamManager, ActorRole.TriageOfficer, ActorRole.PanelChair, ActorRole.SocialWorker];

    public async Task<CommandResult> HandleAsync(ReadCase command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var subject = await CaseAccess.ReadAsync(context, command.CaseId, Action, cancellationToken);
        if (subject is null)
        {
            return CommandResult.Refused(ApiProblems.NotFound("case"));
        }

        var family = await context.Cases.FindFamilyAsync(subject.FamilyId, cancellationToken);
        var tasks = await OpenTasksAsync(context, subject.Id, cancellationToken);
        var deadlines = CaseDeadlines.For(subject, timescales, calendar);
        return CommandResult.Done(TypedResults.Ok(CasePageResponse.Of(subject, family, tasks, deadlines, context.Now)));
    }

    private static async Task<IReadOnlyList<CasePageTask>> OpenTasksAsync(CommandContext context, Guid caseId, CancellationToken cancellationToken)
    {
        var rows = await context.Db.HumanTasks.AsNoTracking()
            .Where(t => t.CaseId == caseId && t.Status == TaskStatuses.Open)
            .OrderBy(t => t.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(t => new CasePageTask(
            t.Id, t.TaskType, t.Title, t.AssigneeKind, t.AssigneeValue,
            new DateTimeOffset(t.CreatedAt, TimeSpan.Zero), t.DueAt is { } due ? new DateTimeOffset(due, TimeSpan.Zero) : null,
            JsonSerializer.Deserialize<string[]>(t.Outcomes) ?? []))];
    }
}
