using System.Globalization;
using System.Text;

namespace EarlyHelp.Workflows.StateMachines;

/// <summary>Writes a state machine's transition table in Graphviz DOT.</summary>
public static class DotGraph
{
    /// <summary>The same graph as <see cref="MermaidGraph"/>, for Graphviz.</summary>
    /// <typeparam name="TState">The states.</typeparam>
    /// <typeparam name="TTrigger">The triggers.</typeparam>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <param name="machine">The machine.</param>
    /// <param name="name">The graph's name.</param>
    public static string Write<TState, TTrigger, TSubject>(StateMachine<TState, TTrigger, TSubject> machine, string name)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"digraph \"{name}\" {{\n");
        text.Append("    rankdir=LR;\n");
        text.Append("    node [shape=box, style=rounded];\n");
        text.Append("    \"start\" [shape=point];\n");
        foreach (var state in Enum.GetValues<TState>().Where(machine.IsFinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"    \"{state}\" [peripheries=2];\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"    \"start\" -> \"{machine.InitialState}\";\n");
        foreach (var transition in machine.Transitions.Where(t => !t.IsInternal))
        {
            foreach (var destination in transition.Destinations)
            {
                text.Append(CultureInfo.InvariantCulture, $"    \"{transition.Source}\" -> \"{destination}\" [label=\"{GraphLabel.Of(transition).Replace("\"", "\\\"", StringComparison.Ordinal)}\"];\n");
            }
        }

        text.Append("}\n");
        return text.ToString();
    }
}
