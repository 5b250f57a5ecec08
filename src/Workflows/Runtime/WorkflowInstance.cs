using System.Text.Json.Nodes;

namespace EarlyHelp.Workflows.Runtime;

/// <summary>
/// A running (or ended) workflow: which version it runs, its variables, the activities waiting or faulted,
/// the joins part-way through, the events kept for later waits, and its incidents. The engine never changes
/// an instance it is given: each step returns a new one, so a refused step leaves nothing behind.
/// </summary>
public sealed class WorkflowInstance
{
    /// <summary>The instance's id.</summary>
    public required Guid Id { get; init; }

    /// <summary>The workflow it runs.</summary>
    public required string DefinitionId { get; init; }

    /// <summary>The version it started on; it stays on it unless explicitly migrated.</summary>
    public required int DefinitionVersion { get; set; }

    /// <summary>The case it drives, if any.</summary>
    public Guid? CaseId { get; init; }

    /// <summary>Running, completed or cancelled.</summary>
    public InstanceStatus Status { get; set; }

    /// <summary>The number of steps committed; the store's concurrency token.</summary>
    public int Version { get; set; }

    /// <summary>When it started.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When it ended.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The workflow's variables.</summary>
    public Dictionary<string, JsonNode?> Variables { get; init; } = [];

    /// <summary>Activities waiting or faulted.</summary>
    public List<ActivityExecution> Executions { get; init; } = [];

    /// <summary>State shared by the tokens reaching one activity in one scope: joins part-way through, loops' counts.</summary>
    public Dictionary<string, JsonObject> SharedStates { get; init; } = [];

    /// <summary>Events that arrived before anything waited for them.</summary>
    public List<PendingEvent> PendingEvents { get; init; } = [];

    /// <summary>The ids of events already received, so a duplicate is ignored.</summary>
    public HashSet<string> ReceivedEventIds { get; init; } = [];

    /// <summary>Every incident, open and resolved.</summary>
    public List<Incident> Incidents { get; init; } = [];

    /// <summary>True while the instance has anything left to do.</summary>
    public bool IsRunning => Status == InstanceStatus.Running;
}
