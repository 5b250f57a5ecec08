namespace EarlyHelp.Host.CommandPipeline;

/// <summary>
/// A request that only reads. It passes the same sign-in, role, scope and validation steps, but reads outside a
/// write transaction (SQLite would otherwise make every reader wait for every writer); its audit entries are
/// written once it has read.
/// </summary>
internal interface IQuery : ICommand;
