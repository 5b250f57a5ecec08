using System.Text.Json.Nodes;

namespace EarlyHelp.Workflows.Runtime;

/// <summary>An activity that has started and not finished: waiting, or faulted with an incident.</summary>
public sealed class ActivityExecution
{
    /// <summary>Creates an execution.</summary>
    /// <param name="id">Its identifier.</param>
    /// <param name="activityId">The activity.</param>
    /// <param name="scope">The multi-instance frames around it.</param>
    public ActivityExecution(Guid id, string activityId, IReadOnlyList<ScopeFrame> scope)
    {
        Id = id;
        ActivityId = activityId;
        Scope = scope;
    }

    /// <summary>Its identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>The activity.</summary>
    public string ActivityId { get; init; }

    /// <summary>The multi-instance frames around it, outermost first.</summary>
    public IReadOnlyList<ScopeFrame> Scope { get; init; }

    /// <summary>True when an incident holds it.</summary>
    public bool IsFaulted { get; set; }

    /// <summary>What it waits for.</summary>
    public List<Bookmark> Bookmarks { get; init; } = [];

    /// <summary>The activity's own state between resumptions (a loop's count, a cycle's next due time).</summary>
    public JsonObject State { get; init; } = [];
}
