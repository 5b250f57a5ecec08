namespace EarlyHelp.Workflows.Runtime;

/// <summary>
/// One level of a multi-instance branch: the for-each execution that spawned it and the item (a child's
/// id) it runs for. Tokens inside the branch carry the frames of every for-each around them.
/// </summary>
/// <param name="ExecutionId">The spawning execution.</param>
/// <param name="Item">The item the branch runs for.</param>
public sealed record ScopeFrame(Guid ExecutionId, string Item);
