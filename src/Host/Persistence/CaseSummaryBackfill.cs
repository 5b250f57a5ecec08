using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Persistence;

/// <summary>
/// Fills the case summary columns added by schema versions 2 and 8 for cases saved before them, from their history.
/// Runs at start-up after the schema is applied; a case with a summary is never touched again here.
/// </summary>
internal static class CaseSummaryBackfill
{
    private const int BatchSize = 200;

    public static async Task<int> RunAsync(EarlyHelpDbContext db, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (true)
        {
            var ids = await db.Cases.Where(c => c.LevelOfNeed == null || c.ReceivedAt == null).OrderBy(c => c.Id).Select(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return filled;
            }

            var events = await db.CaseEvents.AsNoTracking().Where(e => ids.Contains(e.CaseId)).ToListAsync(cancellationToken);
            if (events.Select(e => e.CaseId).Distinct().Count() != ids.Count)
            {
                throw new InvalidOperationException("A case has no history: the store is damaged and needs a person to look at it.");
            }

            foreach (var history in events.GroupBy(e => e.CaseId))
            {
                var rebuilt = Case.Rehydrate(history.OrderBy(e => e.Sequence).Select(CaseRows.ToEvent));
                var summary = new CaseRow();
                CaseRows.Summarise(summary, rebuilt);
                await db.Cases.Where(c => c.Id == rebuilt.Id).ExecuteUpdateAsync(
                    set => set
                        .SetProperty(c => c.LevelOfNeed, summary.LevelOfNeed)
                        .SetProperty(c => c.LeadPractitionerId, summary.LeadPractitionerId)
                        .SetProperty(c => c.LeadTeamId, summary.LeadTeamId)
                        .SetProperty(c => c.ReceivedAt, summary.ReceivedAt)
                        .SetProperty(c => c.Urgency, summary.Urgency)
                        .SetProperty(c => c.Reference, summary.Reference),
                    cancellationToken);
                filled++;
            }
        }
    }
}
