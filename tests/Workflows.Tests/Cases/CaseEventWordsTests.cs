using System.Text.Json;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Workflows.Tests.Cases;

/// <summary>The words the history stores for states and roles, read back by table.</summary>
public class CaseEventWordsTests
{
    [Fact]
    public void Every_state_reads_back_from_the_word_it_is_written_as()
    {
        foreach (var state in Enum.GetValues<CaseState>())
        {
            Assert.Equal(state, CaseEventJson.ReadState(CaseEventJson.Write(state)));
        }
    }

    [Fact]
    public void Every_role_reads_back_from_the_word_it_is_written_as()
    {
        foreach (var role in Enum.GetValues<ActorRole>())
        {
            Assert.Equal(role, CaseEventJson.ReadRole(CaseEventJson.Write(role)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Closed")]
    [InlineData("TriageOfficer")]
    [InlineData("archived")]
    public void A_word_that_names_no_state_is_refused(string word)
    {
        var refused = Assert.Throws<JsonException>(() => CaseEventJson.ReadState(word));
        Assert.Contains($"'{word}'", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("LeadPractitioner")]
    [InlineData("head-teacher")]
    public void A_word_that_names_no_role_is_refused(string word)
    {
        var refused = Assert.Throws<JsonException>(() => CaseEventJson.ReadRole(word));
        Assert.Contains($"'{word}'", refused.Message, StringComparison.Ordinal);
    }
}
