using EarlyHelp.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.History;

/// <summary>
/// Imports a history file (docs/import-format.md). A case's lines are contiguous and in time order; when the next
/// case begins, the case read so far is replayed in one transaction on the replay clock: its workflow timers fire as
/// their times pass, and each event goes through <see cref="HistoryReplay"/>. The first refused line rolls the
/// whole case back and is reported with its number and reason; the file carries on with the next case. Only the
/// case being read is held in memory.
/// </summary>
internal sealed class HistoryImport(IDbContextFactory<EarlyHelpDbContext> contexts, SqliteWriteGate writers, HistoryReplay replay, DueTimers timers, ReplayClock clock)
{
    private readonly HistoryKeys _keys = new();
    private readonly HashSet<string> _finished = new(StringComparer.Ordinal);

    public async Task<ImportReport> ImportAsync(TextReader file, Action<ImportReport>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var report = new ImportReport();
        var block = new List<HistoryLine>();
        string? key = null;
        await foreach (var line in HistoryLineReader.ReadAsync(file, cancellationToken))
        {
            report.Lines = line.Number;
            // A line that cannot say which case it belongs to belongs to the case being read.
            var lineKey = line.CaseKey ?? key ?? "";
            if (lineKey != key && block.Count > 0)
            {
                await ApplyAsync(key!, block, report, cancellationToken);
                block.Clear();
                progress?.Invoke(report);
            }

            key = lineKey;
            block.Add(line);
        }

        if (block.Count > 0)
        {
            await ApplyAsync(key!, block, report, cancellationToken);
        }

        progress?.Invoke(report);
        return report;
    }

    private async Task ApplyAsync(string key, List<HistoryLine> lines, ImportReport report, CancellationToken cancellationToken)
    {
        if (!_finished.Add(key))
        {
            report.Refused(lines[0].Number, key, "the case's lines must be contiguous: its earlier lines were already imported or refused");
            return;
        }

        if (lines.FirstOrDefault(l => l.Problem is not null) is { } unreadable)
        {
            report.Refused(unreadable.Number, key, unreadable.Problem!);
            return;
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].OccurredAt < lines[i - 1].OccurredAt)
            {
                report.Refused(lines[i].Number, key, "earlier than the case's line before it: a case's lines are in time order");
                return;
            }
        }

        _keys.BeginCase();
        var afterCommit = new List<Func<CancellationToken, Task>>();
        using var turn = await writers.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fired = 0;
        foreach (var line in lines)
        {
            HistoryReplay.Applied applied;
            try
            {
                if (_keys.CaseId is { } caseId)
                {
                    fired += await timers.FireForCaseAsync(db, caseId, line.OccurredAt, cancellationToken);
                }

                clock.Set(line.OccurredAt);
                applied = await replay.ApplyAsync(db, line, _keys, cancellationToken);
            }
            catch (Exception exception) when (exception is InvalidOperationException or DbUpdateException or ArgumentException or FormatException)
            {
                applied = HistoryReplay.Applied.Refused(exception.Message);
            }

            if (applied.Refusal is { } reason)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                _keys.BeginCase();
                report.Refused(line.Number, key, reason);
                return;
            }

            db.ChangeTracker.Clear();
            afterCommit.AddRange(applied.AfterCommit);
        }

        await transaction.CommitAsync(cancellationToken);
        _keys.Keep();
        foreach (var work in afterCommit)
        {
            await work(cancellationToken);
        }

        report.TimersFired += fired;
        report.Applied(lines.Count);
    }
}
