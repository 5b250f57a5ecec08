using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using EarlyHelp.Host.Staff;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.History;

/// <summary>Reads a history file line by line (newline-delimited JSON), never more than one line in memory.</summary>
internal static class HistoryLineReader
{
    public static async IAsyncEnumerable<HistoryLine> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return Parse(number, text);
        }
    }

    public static HistoryLine Parse(int number, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            // The parser's message gives the position, never the content: safe to report.
            return HistoryLine.Unreadable(number, null, $"not a JSON object ({exception.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return HistoryLine.Unreadable(number, null, "not a JSON object");
            }

            var key = Text(root, "case");
            if (string.IsNullOrWhiteSpace(key))
            {
                return HistoryLine.Unreadable(number, null, "\"case\" (the case's key) is missing");
            }

            var type = Text(root, "type");
            if (string.IsNullOrWhiteSpace(type))
            {
                return HistoryLine.Unreadable(number, key, "\"type\" is missing");
            }

            if (Text(root, "occurredAt") is not { } at
                || !DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var occurredAt))
            {
                return HistoryLine.Unreadable(number, key, "\"occurredAt\" is missing or not an ISO 8601 time");
            }

            if (!root.TryGetProperty("actor", out var actor) || actor.ValueKind != JsonValueKind.Object
                || Text(actor, "id") is not { Length: > 0 } actorId
                || Text(actor, "role") is not { } roleWord
                || StaffRoles.ToActorRole(roleWord) is not { } role)
            {
                return HistoryLine.Unreadable(number, key, "\"actor\" needs an \"id\" and a staff \"role\" (triage-officer, lead-practitioner, team-manager, panel-chair, social-worker)");
            }

            if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                return HistoryLine.Unreadable(number, key, "\"data\" (the event's fact) is missing");
            }

            return new HistoryLine(number, key, type, occurredAt, new Actor(actorId, role), data.Clone(), null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
