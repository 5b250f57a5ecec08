namespace EarlyHelp.Workflows.StateMachines;

/// <summary>The label both graph exports put on an arrow.</summary>
internal static class GraphLabel
{
    public static string Of<TState, TTrigger>(TransitionDescription<TState, TTrigger> transition)
        where TState : struct, Enum
        where TTrigger : struct, Enum =>
        transition.Guards.Count == 0
            ? transition.Trigger.ToString()
            : $"{transition.Trigger} [{string.Join(", ", transition.Guards)}]";
}
