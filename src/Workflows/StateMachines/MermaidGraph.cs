using System.Globalization;
using System.Text;

namespace EarlyHelp.Workflows.StateMachines;

/// <summary>Writes a state machine's transition table as a Mermaid state diagram.</summary>
public static class MermaidGraph
{
    /// <summary>
    /// The diagram: a start arrow to the initial state, one arrow per state-changing transition and
    /// destination labelled with its trigger and, in brackets, its guards, and an end arrow from each end
    /// state. Internal transitions (which record facts without moving) are left out to keep it readable.
    /// </summary>
    /// <typeparam name="TState">The states.</typeparam>
    /// <typeparam name="TTrigger">The triggers.</typeparam>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <param name="machine">The machine.</param>
    public static string Write<TState, TTrigger, TSubject>(StateMachine<TState, TTrigger, TSubject> machine)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(machine);
        var text = new StringBuilder();
        text.Append("stateDiagram-v2\n");
        text.Append(CultureInfo.InvariantCulture, $"    [*] --> {machine.InitialState}\n");
        foreach (var transition in machine.Transitions.Where(t => !t.IsInternal))
        {
            foreach (var destination in transition.Destinations)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {transition.Source} --> {destination} : {GraphLabel.Of(transition)}\n");
            }
        }

        foreach (var state in Enum.GetValues<TState>().Where(machine.IsFinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"    {state} --> [*]\n");
        }

        return text.ToString();
    }
}
