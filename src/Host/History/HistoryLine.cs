using System.Text.Json;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.History;

/// <summary>
/// One line of a history file (docs/import-format.md): an event of the case with this key, in the history's own
/// vocabulary and JSON, with who did it and when. <see cref="Problem"/> says why a line could not be read; such a
/// line still belongs to a case (its own key when readable, else the case being read), which it refuses.
/// </summary>
internal sealed record HistoryLine(int Number, string? CaseKey, string Type, DateTimeOffset OccurredAt, Actor Actor, JsonElement Data, string? Problem)
{
    public static HistoryLine Unreadable(int number, string? caseKey, string problem) =>
        new(number, caseKey, "", default, Actor.System, default, problem);
}
