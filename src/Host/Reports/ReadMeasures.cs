using EarlyHelp.Host.Calendar;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Measures;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Reports;

/// <summary>
/// The performance framework's measures for one financial year (the current one when none is given): each quarter
/// and the year, for the whole council and each locality, computed from the case history as it is now; as JSON, or
/// as a CSV file.
/// </summary>
internal sealed record ReadMeasures(string? Year, string? Format) : IQuery
{
    public const string Csv = "csv";
    public const string Json = "json";

    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Year is not null && !FinancialYear.TryParse(Year, out _))
        {
            errors.Add("year", "A financial year written like 2026-27 (1 April 2026 to 31 March 2027).");
        }

        if (Format is not null and not Csv and not Json)
        {
            errors.Add("format", $"{Json} or {Csv}.");
        }
    }

    /// <summary>The year asked for, or the one <paramref name="today"/> falls in.</summary>
    public FinancialYear YearOr(DateOnly today) => FinancialYear.TryParse(Year, out var year) ? year : FinancialYear.Of(today);
}

/// <summary>
/// Reports are aggregate figures, no child's record, so they are for those who run the service across localities:
/// team managers (every locality's figures, to compare, as councils' reports do), the step-down panel's chair,
/// and administrators. Practitioners and triage officers use their worklists.
/// </summary>
internal sealed class ReadMeasuresHandler(IDbContextFactory<EarlyHelpDbContext> contexts, CalendarStore calendars) : ICommandHandler<ReadMeasures>
{
    public const string Action = "measures.read";
    public const string RecordKind = "performance-report";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.TeamManager, ActorRole.PanelChair, ActorRole.Administrator];

    public async Task<CommandResult> HandleAsync(ReadMeasures command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var today = CouncilTime.DateOf(context.Now);
        var year = command.YearOr(today);
        var report = await CaseHistoryStream.ReadAsync(contexts, calendars.Current, today, cancellationToken);
        context.Audit(Action, RecordKind, year.ToString(), null, AuditOutcomes.Read);
        if (command.Format == ReadMeasures.Csv)
        {
            return CommandResult.Done(TypedResults.File(MeasuresCsv.Write(report, year), "text/csv; charset=utf-8", $"early-help-measures-{year}.csv"));
        }

        return CommandResult.Done(TypedResults.Ok(MeasuresResponse.Of(report, year)));
    }
}
