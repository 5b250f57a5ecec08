using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Families;
using EarlyHelp.Workflows.Ports;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Persistence;

/// <summary>Cases and families in the relational store (SQLite or PostgreSQL, the same model).</summary>
internal sealed class CaseStore(EarlyHelpDbContext db, TimeProvider time) : ICaseStore
{
    private static readonly string[] EndedStates = [CaseEventJson.Write(CaseState.Closed), CaseEventJson.Write(CaseState.SteppedUp)];

    public async Task AddFamilyAsync(Family family, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(family);
        db.Families.Add(CaseRows.ToRow(family));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public async Task<Family?> FindFamilyAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var row = await db.Families.AsNoTracking().Include(f => f.Members)
            .SingleOrDefaultAsync(f => f.Id == familyId, cancellationToken);
        return row is null ? null : CaseRows.ToFamily(row);
    }

    public async Task<Case?> FindCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var rows = await db.CaseEvents.AsNoTracking()
            .Where(e => e.CaseId == caseId)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        return rows.Count == 0 ? null : Case.Rehydrate(rows.Select(CaseRows.ToEvent));
    }

    public async Task<IReadOnlyList<OpenEpisode>> FindOpenEpisodesAsync(IReadOnlyCollection<Guid> childIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(childIds);
        var ids = childIds.ToList();
        var open = await (
                from child in db.CaseChildren
                join row in db.Cases on child.CaseId equals row.Id
                where ids.Contains(child.ChildId) && !EndedStates.Contains(row.State)
                select new { row.Id, child.ChildId, row.State })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return [.. open.Select(o => new OpenEpisode(o.Id, o.ChildId, CaseEventJson.ReadState(o.State)))];
    }

    public async Task SaveCaseAsync(Case changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (changed.PendingEvents.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await StageAsync(changed, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw await ConflictAsync(changed, exception);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        changed.MarkPersisted();
    }

    /// <summary>
    /// Puts the case's pending events and summary into the current unit of work, checking the version
    /// guard at once; the caller saves and commits (with other rows of the same step) and then calls
    /// <see cref="Case.MarkPersisted"/>. A <see cref="DbUpdateException"/> on save means another writer
    /// appended first: turn it into a conflict with <see cref="ConflictAsync"/>.
    /// </summary>
    internal async Task StageAsync(Case changed, CancellationToken cancellationToken)
    {
        var pending = changed.PendingEvents;
        if (pending.Count == 0)
        {
            return;
        }

        if (changed.PersistedVersion == 0)
        {
            var row = new CaseRow { Children = [.. changed.ChildIds.Select(c => new CaseChildRow { CaseId = changed.Id, ChildId = c })] };
            CaseRows.Summarise(row, changed);
            db.Cases.Add(row);
        }
        else
        {
            await UpdateSummaryAsync(changed, cancellationToken);
        }

        var now = time.GetUtcNow();
        db.CaseEvents.AddRange(pending.Select(e => CaseRows.ToRow(e, now)));
    }

    /// <summary>The conflict to report when a save of the case failed because another writer got there first.</summary>
    internal async Task<CaseConcurrencyException> ConflictAsync(Case changed, Exception cause) =>
        new(changed.Id, changed.PersistedVersion, await CurrentVersionAsync(changed.Id), cause);

    private async Task UpdateSummaryAsync(Case changed, CancellationToken cancellationToken)
    {
        var summary = new CaseRow();
        CaseRows.Summarise(summary, changed);
        // The version guard: the update only happens if nobody has appended since this case was loaded.
        var updated = await db.Cases
            .Where(c => c.Id == changed.Id && c.Version == changed.PersistedVersion)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(c => c.Version, summary.Version)
                    .SetProperty(c => c.State, summary.State)
                    .SetProperty(c => c.EndedAt, summary.EndedAt)
                    .SetProperty(c => c.LevelOfNeed, summary.LevelOfNeed)
                    .SetProperty(c => c.LeadPractitionerId, summary.LeadPractitionerId)
                    .SetProperty(c => c.LeadTeamId, summary.LeadTeamId),
                cancellationToken);
        if (updated == 0)
        {
            throw new CaseConcurrencyException(changed.Id, changed.PersistedVersion, await CurrentVersionAsync(changed.Id));
        }
    }

    private async Task<int?> CurrentVersionAsync(Guid caseId) =>
        await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (int?)c.Version).SingleOrDefaultAsync(CancellationToken.None);
}
