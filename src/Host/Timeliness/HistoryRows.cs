using System.Collections.Frozen;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Timeliness;

/// <summary>
/// Reads stored case events as <see cref="Persistence.CaseRows.ToEvent"/> does, with the state and role words
/// looked up in tables made once: the daily check reads every event of every changed case, and working each
/// word out again from the enum's names was most of the cost of reading a history.
/// </summary>
internal static class HistoryRows
{
    private static readonly FrozenDictionary<string, CaseState> States =
        Enum.GetValues<CaseState>().ToFrozenDictionary(CaseEventJson.Write, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ActorRole> Roles =
        Enum.GetValues<ActorRole>().ToFrozenDictionary(CaseEventJson.Write, StringComparer.Ordinal);

    public static CaseEvent ToEvent(CaseEventRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var type = CaseEventTypes.ForKey(row.Type)
            ?? throw new InvalidOperationException($"Case {row.CaseId} event {row.Sequence} has an unknown type '{row.Type}'.");
        return new CaseEvent(
            row.CaseId,
            row.Sequence,
            row.Type,
            row.FromState is { } from ? State(row, from) : null,
            State(row, row.ToState),
            new Actor(row.ActorId, Roles.TryGetValue(row.ActorRole, out var role) ? role : throw new InvalidOperationException($"Case {row.CaseId} event {row.Sequence} has an unknown role '{row.ActorRole}'.")),
            new DateTimeOffset(row.OccurredAt, TimeSpan.Zero),
            CaseEventJson.Read(type, row.Data));
    }

    private static CaseState State(CaseEventRow row, string word) =>
        States.TryGetValue(word, out var state) ? state : throw new InvalidOperationException($"Case {row.CaseId} event {row.Sequence} has an unknown state '{word}'.");
}
