using EarlyHelp.Activities.Flow;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Activities;

/// <summary>Every activity type, listed at compile time (no assembly scanning): the designer's toolbox.</summary>
public static class ActivityLibrary
{
    /// <summary>The flow activities: start, choices, joins, loops, timers, events, human tasks, cancellation.</summary>
    public static IReadOnlyList<IActivity> Flow { get; } =
    [
        new Start(), new Decision(), new Switch(), new Fork(), new Join(), new ForEachChild(), new Loop(),
        new Delay(), new WaitUntil(), new RepeatEvery(), new WaitForEvent(), new WaitForFirst(),
        new AssignTask(), new SetVariable(), new CancelRegion(), new Finish(),
    ];

    /// <summary>Every activity type.</summary>
    public static IReadOnlyList<IActivity> All { get; } = [.. Flow];

    /// <summary>A catalogue of every activity type.</summary>
    public static ActivityCatalogue Catalogue() => new(All);
}
