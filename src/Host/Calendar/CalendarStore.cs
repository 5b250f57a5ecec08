using System.Globalization;
using System.Text.Json;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Workflows.Calendar;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Calendar;

/// <summary>
/// The council's working-day calendars by version: the shipped England and Wales snapshot until a newer
/// official list is imported, always with the council's own closure days from configuration. A deadline
/// keeps the version it was computed with, and any version can be loaded again.
/// </summary>
internal sealed class CalendarStore(IDbContextFactory<EarlyHelpDbContext> contexts, IConfiguration configuration, TimeProvider time)
{
    private readonly IReadOnlyList<CouncilClosureDay> _closures = ClosureDaysFrom(configuration);
    private WorkingDayCalendar? _current;

    /// <summary>The calendar in use: the current stored one once loaded, the shipped snapshot before.</summary>
    public WorkingDayCalendar Current => _current ??= new WorkingDayCalendar(BankHolidayFile.Snapshot, _closures);

    /// <summary>Loads the current calendar; on a new database, stores the snapshot with the closure days as the first version.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Calendars.AsNoTracking().SingleOrDefaultAsync(c => c.IsCurrent, cancellationToken);
        if (row is null)
        {
            _current = await MakeCurrentAsync(db, BankHolidayFile.Snapshot, "shipped snapshot", cancellationToken);
            return;
        }

        var stored = ToCalendar(row);
        // A change to the closure days in configuration makes a new version of the same bank holidays.
        _current = stored.Version == new WorkingDayCalendar(stored.BankHolidays, _closures).Version
            ? stored
            : await MakeCurrentAsync(db, stored.BankHolidays, "closure days changed in configuration", cancellationToken);
    }

    /// <summary>Imports an official bank-holidays file (gov.uk's shape) and makes it current; returns the errors when it cannot be read.</summary>
    public async Task<(WorkingDayCalendar? Calendar, IReadOnlyList<string> Errors)> ImportAsync(Stream officialFile, string source, CancellationToken cancellationToken)
    {
        var read = await BankHolidayFile.ReadAsync(officialFile, cancellationToken);
        if (!read.IsValid)
        {
            return (null, read.Errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        _current = await MakeCurrentAsync(db, read.Holidays, source, cancellationToken);
        return (_current, []);
    }

    /// <summary>A stored calendar by version, or null.</summary>
    public async Task<WorkingDayCalendar?> FindAsync(string version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Calendars.AsNoTracking().SingleOrDefaultAsync(c => c.Version == version, cancellationToken);
        return row is null ? null : ToCalendar(row);
    }

    private async Task<WorkingDayCalendar> MakeCurrentAsync(EarlyHelpDbContext db, IReadOnlyList<BankHoliday> holidays, string source, CancellationToken cancellationToken)
    {
        var calendar = new WorkingDayCalendar(holidays, _closures);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Calendars.Where(c => c.IsCurrent).ExecuteUpdateAsync(set => set.SetProperty(c => c.IsCurrent, false), cancellationToken);
        var updated = await db.Calendars.Where(c => c.Version == calendar.Version).ExecuteUpdateAsync(set => set.SetProperty(c => c.IsCurrent, true), cancellationToken);
        if (updated == 0)
        {
            db.Calendars.Add(new CalendarRow
            {
                Version = calendar.Version,
                BankHolidays = JsonSerializer.Serialize(holidays.Select(h => new StoredDay(h.Date, h.Title)).ToList()),
                ClosureDays = JsonSerializer.Serialize(_closures.Select(c => new StoredDay(c.Date, c.Description)).ToList()),
                IsCurrent = true,
                ImportedAt = time.GetUtcNow().UtcDateTime,
                Source = source,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another host starting at the same moment stored this very version (same content, same
                // version) and made it current first.
                await transaction.RollbackAsync(CancellationToken.None);
                return calendar;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return calendar;
    }

    private static WorkingDayCalendar ToCalendar(CalendarRow row) => new(
        JsonSerializer.Deserialize<List<StoredDay>>(row.BankHolidays)!.Select(d => new BankHoliday(d.Date, d.Title)),
        JsonSerializer.Deserialize<List<StoredDay>>(row.ClosureDays)!.Select(d => new CouncilClosureDay(d.Date, d.Title)));

    private static List<CouncilClosureDay> ClosureDaysFrom(IConfiguration configuration) =>
        [.. configuration.GetSection("Calendar:ClosureDays").GetChildren().Select(day => new CouncilClosureDay(
            DateOnly.ParseExact(day["Date"] ?? throw new InvalidOperationException("Calendar:ClosureDays: every day needs a Date (yyyy-MM-dd)."), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            day["Description"] ?? "Council closure day"))];

    private sealed record StoredDay(DateOnly Date, string Title);
}
