namespace EarlyHelp.Workflows.Runtime;

/// <summary>What a waiting activity waits for.</summary>
/// <param name="Kind">Event, timer, human task, or the end of spawned branches.</param>
/// <param name="Key">The event's name, the timer's id, the task's id, or the spawning execution's id.</param>
/// <param name="Tag">The activity's own label for it (for example the port an alternative leads to).</param>
/// <param name="DueAt">For a timer: when it is due.</param>
public sealed record Bookmark(BookmarkKind Kind, string Key, string? Tag, DateTimeOffset? DueAt = null);

/// <summary>The kinds of thing an activity can wait for.</summary>
public enum BookmarkKind
{
    /// <summary>A named event from outside.</summary>
    Event,

    /// <summary>A durable timer.</summary>
    Timer,

    /// <summary>A human task's completion.</summary>
    Task,

    /// <summary>The end of every branch the activity spawned.</summary>
    Branches,
}
