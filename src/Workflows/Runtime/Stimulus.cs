using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Workflows.Runtime;

/// <summary>What makes an instance take a step.</summary>
public abstract record Stimulus;

/// <summary>A named event from outside, with an id: a second delivery of the same id is ignored.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="Name">The event's name.</param>
/// <param name="ScopeItem">The item (a child's id) it concerns, or null for the whole instance.</param>
/// <param name="Payload">Its data.</param>
public sealed record EventReceived(string Id, string Name, string? ScopeItem = null, JsonObject? Payload = null) : Stimulus;

/// <summary>A durable timer came due.</summary>
/// <param name="TimerId">The timer.</param>
public sealed record TimerFired(Guid TimerId) : Stimulus;

/// <summary>A person completed a human task.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Outcome">The outcome chosen; one of the task's outcomes.</param>
/// <param name="Data">What the person entered (for Early Help tasks, the lifecycle fact).</param>
/// <param name="By">Who.</param>
public sealed record TaskCompleted(Guid TaskId, string Outcome, JsonObject? Data, Actor By) : Stimulus;

/// <summary>An administrator runs a faulted activity again.</summary>
/// <param name="IncidentId">The incident.</param>
public sealed record RetryIncident(Guid IncidentId) : Stimulus;

/// <summary>An administrator skips a faulted activity: it completes by a port without running.</summary>
/// <param name="IncidentId">The incident.</param>
/// <param name="Port">The port to leave by; the activity's first port when null.</param>
public sealed record SkipIncident(Guid IncidentId, string? Port) : Stimulus;

/// <summary>An administrator cancels a faulted activity's branch.</summary>
/// <param name="IncidentId">The incident.</param>
public sealed record CancelIncident(Guid IncidentId) : Stimulus;

/// <summary>The whole instance is cancelled.</summary>
/// <param name="Reason">Why.</param>
public sealed record CancelInstance(string Reason) : Stimulus;
