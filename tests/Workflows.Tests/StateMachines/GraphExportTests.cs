using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Tests.StateMachines;

public class GraphExportTests
{
    [Fact]
    public void Mermaid_draws_the_start_every_state_changing_arrow_with_its_guards_and_the_end()
    {
        const string expected = """
            stateDiagram-v2
                [*] --> Open
                Open --> Closed : Close [doorway clear]
                Closed --> Open : Open
                Closed --> Locked : Lock
                Closed --> Open : Kick
                Closed --> Broken : Kick
                Locked --> Closed : Unlock [no "do not disturb" sign]
                Broken --> [*]

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), MermaidGraph.Write(DoorMachine.Machine));
    }

    [Fact]
    public void Dot_draws_the_same_graph_with_quotes_in_labels_escaped()
    {
        const string expected = """
            digraph "Door" {
                rankdir=LR;
                node [shape=box, style=rounded];
                "start" [shape=point];
                "Broken" [peripheries=2];
                "start" -> "Open";
                "Open" -> "Closed" [label="Close [doorway clear]"];
                "Closed" -> "Open" [label="Open"];
                "Closed" -> "Locked" [label="Lock"];
                "Closed" -> "Open" [label="Kick"];
                "Closed" -> "Broken" [label="Kick"];
                "Locked" -> "Closed" [label="Unlock [no \"do not disturb\" sign]"];
            }

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), DotGraph.Write(DoorMachine.Machine, "Door"));
    }
}
