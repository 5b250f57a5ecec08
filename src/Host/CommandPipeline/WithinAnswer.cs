namespace EarlyHelp.Host.CommandPipeline;

/// <summary>What a command run inside the caller's transaction answers: its result, and the work to do once the caller has committed.</summary>
internal sealed record WithinAnswer(CommandResult Result, IReadOnlyList<Func<CancellationToken, Task>> AfterCommit);
