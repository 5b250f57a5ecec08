using System.Text.Json.Nodes;

namespace EarlyHelp.Workflows.Runtime;

/// <summary>An event that arrived before anything waited for it, kept until a wait consumes it (persistent trigger).</summary>
/// <param name="Id">The event's id, for de-duplication.</param>
/// <param name="Name">The event's name.</param>
/// <param name="ScopeItem">The item (a child's id) it concerns, or null for the whole instance.</param>
/// <param name="Payload">Its data.</param>
/// <param name="ReceivedAt">When it arrived.</param>
public sealed record PendingEvent(string Id, string Name, string? ScopeItem, JsonObject? Payload, DateTimeOffset ReceivedAt);
