using System.Globalization;
using System.Text;
using System.Text.Json;
using EarlyHelp.Host.Cases;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.StepDownPanel;

/// <summary>
/// The panel's decisions recorded from one council day to another (both included), oldest first, for the minutes:
/// as JSON, or as a CSV file. Cases by reference and staff by identifier: no names. Audited once.
/// </summary>
internal sealed record PanelMinutes(string? From, string? To, string? Format) : IQuery
{
    public const string Csv = "csv";
    public const string Json = "json";

    /// <summary>A year and a day: enough for an annual report, small enough to read in one go.</summary>
    public const int MaximumDays = 366;

    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var from = Date(errors, "from", From);
        var to = Date(errors, "to", To);
        if (from is { } start && to is { } end)
        {
            if (end < start)
            {
                errors.Add("to", "On or after from.");
            }
            else if (end.DayNumber - start.DayNumber >= MaximumDays)
            {
                errors.Add("to", $"At most {MaximumDays} days after from.");
            }
        }

        if (Format is not null and not Csv and not Json)
        {
            errors.Add("format", $"{Json} or {Csv}.");
        }
    }

    public DateOnly FromDate => Parse(From) ?? throw new InvalidOperationException("Validated first.");

    public DateOnly ToDate => Parse(To) ?? throw new InvalidOperationException("Validated first.");

    private static DateOnly? Date(ValidationErrors errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "Required: a date written YYYY-MM-DD.");
            return null;
        }

        var date = Parse(text);
        if (date is null)
        {
            errors.Add(field, "A date written YYYY-MM-DD.");
        }

        return date;
    }

    private static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

internal sealed record PanelMinutesPage(DateOnly From, DateOnly To, IReadOnlyList<PanelMinute> Decisions);

/// <summary>One decision in the minutes.</summary>
internal sealed record PanelMinute(
    Guid CaseId,
    string Reference,
    Guid RequestId,
    string? SocialCareReference,
    PanelOutcome Outcome,
    string? LocalityTeam,
    string? Partner,
    string? Reason,
    DateTimeOffset DecidedAt,
    string DecidedBy);

internal sealed class PanelMinutesHandler : ICommandHandler<PanelMinutes>
{
    public const string Action = "step-down-minutes.read";
    public const string RecordKind = "step-down-minutes";
    private static readonly string DecidedType = CaseEventTypes.ForTrigger(CaseTrigger.RecordPanelDecision).Key;
    private static readonly string RequestedType = CaseEventTypes.ForTrigger(CaseTrigger.RequestStepDown).Key;

    /// <summary>The CSV's header: the JSON's names, so both forms of the minutes read alike.</summary>
    private static readonly string[] Columns =
        ["reference", "requestId", "socialCareReference", "outcome", "localityTeam", "partner", "reason", "decidedAt", "decidedBy"];

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.PanelChair];

    public async Task<CommandResult> HandleAsync(PanelMinutes command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var (from, to) = (command.FromDate, command.ToDate);
        var decisions = await DecisionsAsync(context.Db, from, to, cancellationToken);
        var period = $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}";
        context.Audit(Action, RecordKind, period, null, AuditOutcomes.Read);
        if (command.Format == PanelMinutes.Csv)
        {
            return CommandResult.Done(TypedResults.File(CsvOf(decisions), "text/csv; charset=utf-8", $"step-down-panel-minutes-{from:yyyy-MM-dd}-to-{to:yyyy-MM-dd}.csv"));
        }

        return CommandResult.Done(TypedResults.Ok(new PanelMinutesPage(from, to, decisions)));
    }

    private static async Task<List<PanelMinute>> DecisionsAsync(EarlyHelpDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = CouncilTime.StartOf(from).UtcDateTime;
        var end = CouncilTime.StartOf(to.AddDays(1)).UtcDateTime;
        var rows = await db.CaseEvents.AsNoTracking()
            .Where(e => e.Type == DecidedType && e.OccurredAt >= start && e.OccurredAt < end)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.CaseId).ThenBy(e => e.Sequence)
            .Select(e => new { e.CaseId, e.OccurredAt, e.ActorId, e.Data })
            .ToListAsync(cancellationToken);
        var caseIds = rows.Select(r => r.CaseId).Distinct().ToList();
        var requests = (await db.CaseEvents.AsNoTracking()
                .Where(e => e.Type == RequestedType && caseIds.Contains(e.CaseId))
                .Select(e => e.Data)
                .ToListAsync(cancellationToken))
            .Select(data => (StepDownRequested)CaseEventJson.Read(CaseEventTypes.ForTrigger(CaseTrigger.RequestStepDown), data))
            .ToDictionary(r => r.RequestId);
        return [.. rows.Select(row =>
        {
            var decision = (PanelDecisionRecorded)CaseEventJson.Read(CaseEventTypes.ForTrigger(CaseTrigger.RecordPanelDecision), row.Data);
            return new PanelMinute(
                row.CaseId,
                CaseReference.Of(row.CaseId),
                decision.RequestId,
                requests.GetValueOrDefault(decision.RequestId)?.SocialCareReference,
                decision.Outcome,
                decision.LocalityTeam,
                decision.Partner,
                decision.Reason,
                new DateTimeOffset(row.OccurredAt, TimeSpan.Zero),
                row.ActorId);
        })];
    }

    /// <summary>RFC 4180 CSV in UTF-8 with a byte order mark, so spreadsheet programs read the reasons' characters right.</summary>
    private static byte[] CsvOf(IReadOnlyList<PanelMinute> decisions)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', Columns)).Append("\r\n");
        foreach (var d in decisions)
        {
            string?[] fields =
            [
                d.Reference,
                d.RequestId.ToString("D"),
                d.SocialCareReference,
                JsonNamingPolicy.KebabCaseLower.ConvertName(d.Outcome.ToString()),
                d.LocalityTeam,
                d.Partner,
                d.Reason,
                d.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                d.DecidedBy,
            ];
            csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>
    /// Quotes a field when it needs it, and defuses free text that a spreadsheet would run as a formula
    /// (a leading =, +, - or @; OWASP "CSV injection") by putting an apostrophe before it.
    /// </summary>
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
