using System.Text.Json;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.History;

/// <summary>
/// Writes the stored history in the import format (docs/import-format.md): cases in the order they were opened,
/// each case's events together and in order, the family's members beside the family's first case. Reads a page of
/// cases at a time, so any size of history streams through.
/// </summary>
internal static class HistoryExport
{
    private const int Page = 200;

    // Times and free text read as written ("+00:00", not "\u002B00:00"): the file is data, never embedded in HTML.
    private static readonly JsonSerializerOptions LineOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<long> WriteAsync(IDbContextFactory<EarlyHelpDbContext> contexts, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(output);
        var familiesWritten = new HashSet<Guid>();
        var lines = 0L;
        var after = (DateTime.MinValue, Guid.Empty);
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var (openedAt, id) = after;
            var cases = await db.Cases.AsNoTracking()
                .Where(c => c.OpenedAt > openedAt || (c.OpenedAt == openedAt && c.Id.CompareTo(id) > 0))
                .OrderBy(c => c.OpenedAt).ThenBy(c => c.Id)
                .Take(Page)
                .Select(c => new { c.Id, c.OpenedAt, c.FamilyId })
                .ToListAsync(cancellationToken);
            if (cases.Count == 0)
            {
                return lines;
            }

            var ids = cases.Select(c => c.Id).ToList();
            var events = (await db.CaseEvents.AsNoTracking().Where(e => ids.Contains(e.CaseId)).ToListAsync(cancellationToken))
                .ToLookup(e => e.CaseId);
            var newFamilies = cases.Select(c => c.FamilyId).Where(f => !familiesWritten.Contains(f)).Distinct().ToList();
            var families = await db.Families.AsNoTracking().Include(f => f.Members).Where(f => newFamilies.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
            foreach (var stored in cases)
            {
                foreach (var row in events[stored.Id].OrderBy(e => e.Sequence))
                {
                    var data = JsonNode.Parse(row.Data)!.AsObject();
                    if (row.Sequence == 1 && familiesWritten.Add(stored.FamilyId) && families.TryGetValue(stored.FamilyId, out var family))
                    {
                        data["family"] = JsonSerializer.SerializeToNode(Family(family), CaseEventJson.Options);
                    }

                    await output.WriteLineAsync(Line(stored.Id, row, data).ToJsonString(LineOptions));
                    lines++;
                }
            }

            after = (cases[^1].OpenedAt, cases[^1].Id);
        }
    }

    private static JsonObject Line(Guid caseId, CaseEventRow row, JsonObject data) => new()
    {
        ["case"] = caseId.ToString("D"),
        ["type"] = row.Type,
        ["occurredAt"] = DateTime.SpecifyKind(row.OccurredAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["actor"] = new JsonObject { ["id"] = row.ActorId, ["role"] = row.ActorRole },
        ["data"] = data,
    };

    private static FamilyData Family(FamilyRow row)
    {
        var family = CaseRows.ToFamily(row);
        return new FamilyData(family.Address, family.Members);
    }
}
