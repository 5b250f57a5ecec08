using System.Text.Json.Nodes;

namespace EarlyHelp.Host.Tests.Import;

/// <summary>Writes small history files for the import tests: a case opened by the North triage officer, and lines after it.</summary>
internal sealed class HistoryFile
{
    private readonly List<string> _lines = [];

    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public int Count => _lines.Count;

    /// <summary>A new family with one child, opened by triage-north; answers the line's number.</summary>
    public int Open(string caseKey, string organisation, DateTimeOffset at)
    {
        var familyId = Guid.NewGuid();
        var childId = Guid.NewGuid();
        var data = new JsonObject
        {
            ["familyId"] = familyId.ToString(),
            ["childIds"] = new JsonArray(childId.ToString()),
            ["locality"] = "north",
            ["enquiry"] = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["referrer"] = new JsonObject { ["agency"] = "school", ["organisation"] = organisation, ["contactName"] = "Head of year" },
                ["receivedAt"] = at.AddHours(-1).ToString("O"),
                ["needsCategories"] = new JsonArray("school-attendance"),
                ["levelOfNeed"] = "additional",
                ["urgency"] = "standard",
                ["consent"] = "given",
            },
            ["newEpisodeReason"] = null,
            ["family"] = new JsonObject
            {
                ["address"] = new JsonObject { ["line1"] = "3 Test Row", ["line2"] = null, ["town"] = "Exampleton", ["postcode"] = "NE1 1AA" },
                ["members"] = new JsonArray(
                    new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["givenName"] = "Sam", ["familyName"] = organisation, ["dateOfBirth"] = "1985-01-01", ["role"] = "parent" },
                    new JsonObject { ["id"] = childId.ToString(), ["givenName"] = "Jo", ["familyName"] = organisation, ["dateOfBirth"] = "2018-06-01", ["role"] = "child" }),
            },
        };
        return Add(caseKey, "case-opened", at, "triage-north", "triage-officer", data);
    }

    public int Triage(string caseKey, DateTimeOffset at) =>
        Add(caseKey, "triage-decided", at, "triage-north", "triage-officer", new JsonObject { ["outcome"] = "early-help", ["levelOfNeed"] = "additional", ["rationale"] = "Needs a Team Around the Family" });

    public int Add(string caseKey, string type, DateTimeOffset at, string actorId, string role, JsonObject data) =>
        Raw(new JsonObject
        {
            ["case"] = caseKey,
            ["type"] = type,
            ["occurredAt"] = at.ToString("O"),
            ["actor"] = new JsonObject { ["id"] = actorId, ["role"] = role },
            ["data"] = data,
        }.ToJsonString());

    public int Raw(string line)
    {
        _lines.Add(line);
        return _lines.Count;
    }

    public StringReader Reader() => new(string.Join('\n', _lines) + "\n");
}
