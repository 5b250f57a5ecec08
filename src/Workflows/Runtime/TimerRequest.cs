namespace EarlyHelp.Workflows.Runtime;

/// <summary>A durable timer an instance asked for; the scheduler fires it at <paramref name="DueAt"/> with its id.</summary>
/// <param name="TimerId">The timer's id; firing it twice does no harm.</param>
/// <param name="InstanceId">The instance to resume.</param>
/// <param name="ActivityId">The activity waiting for it.</param>
/// <param name="DueAt">When it is due.</param>
public sealed record TimerRequest(Guid TimerId, Guid InstanceId, string ActivityId, DateTimeOffset DueAt);
