using EarlyHelp.Workflows.Scenarios;

namespace EarlyHelp.Workflows.Tests.Scenarios;

/// <summary>Reading a scenario file: a mistake is reported with where it is.</summary>
public class ScenarioJsonTests
{
    [Fact]
    public void A_case_change_by_an_unknown_role_is_refused_with_its_path()
    {
        const string scenario = """
            {
              "start": "2026-04-01T09:00:00Z",
              "steps": [
                { "at": "2026-04-01T09:00:00Z", "caseChange": "triage", "fact": {}, "by": { "userId": "t1", "role": "head-teacher" } }
              ]
            }
            """;

        var refused = Assert.Throws<FormatException>(() => ScenarioJson.Read(scenario));

        Assert.Contains("by.role", refused.Message, StringComparison.Ordinal);
        Assert.Contains("'head-teacher' is not a role", refused.Message, StringComparison.Ordinal);
    }
}
