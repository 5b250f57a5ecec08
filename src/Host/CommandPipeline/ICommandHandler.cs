using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.CommandPipeline;

/// <summary>
/// Does one command. Handlers are plain classes registered one by one; the pipeline has already validated the
/// command, checked the role and opened the transaction, and will write the audit entries and commit.
/// </summary>
internal interface ICommandHandler<in TCommand>
    where TCommand : ICommand
{
    /// <summary>The roles that may send the command; the user acts in the first of them they hold.</summary>
    IReadOnlyList<ActorRole> Roles { get; }

    Task<CommandResult> HandleAsync(TCommand command, CommandContext context, CancellationToken cancellationToken);
}
