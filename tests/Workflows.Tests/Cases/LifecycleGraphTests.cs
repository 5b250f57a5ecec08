using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Workflows.Tests.Cases;

public class LifecycleGraphTests
{
    [Fact]
    public void The_Mermaid_graph_of_the_lifecycle_matches_the_reviewed_copy()
    {
        // Regenerate case-lifecycle.mmd from CaseLifecycle.ToMermaid() only when the lifecycle changes on purpose,
        // and review the difference: it is the picture of the statutory rules. Line endings are normalised in
        // case a checkout turned them into CRLF.
        var expected = SourceFiles.ReadBeside("case-lifecycle.mmd").ReplaceLineEndings("\n");

        Assert.Equal(expected, CaseLifecycle.ToMermaid());
    }

    [Fact]
    public void The_DOT_graph_of_the_lifecycle_is_a_digraph_naming_every_state()
    {
        var dot = CaseLifecycle.ToDot();

        Assert.StartsWith("digraph", dot);
        Assert.All(Enum.GetValues<CaseState>(), state => Assert.Contains($"\"{state}\"", dot));
    }
}
