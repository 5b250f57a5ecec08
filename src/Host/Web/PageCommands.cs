using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.SignIn;
using Microsoft.AspNetCore.Components.Authorization;

namespace EarlyHelp.Host.Web;

/// <summary>
/// How a page sends a command: the signed-in user's claims and the case version the page shows go through the API's
/// own pipeline (role, scope, validation, one transaction, audit), with the handler from a scope of its own, as an
/// HTTP request would have it. Pages never reach the database any other way for a child's record.
/// </summary>
internal sealed class PageCommands(CommandPipeline.CommandPipeline pipeline, AuthenticationStateProvider authentication, IServiceScopeFactory scopes)
{
    public async Task<PageAnswer> SendAsync<TCommand, THandler>(TCommand command, int? expectedVersion = null, CancellationToken cancellationToken = default)
        where TCommand : class, ICommand
        where THandler : ICommandHandler<TCommand>
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<THandler>();
        var answer = await pipeline.SendAsync(command, handler, user, expectedVersion, cancellationToken);
        if (answer.Response is Scheduling.AfterCommitResult later)
        {
            // Made once the command's transaction has ended (the jobs list reads the scheduler's store): read it now, as HTTP would.
            answer = answer with { Response = await later.AnswerAsync(cancellationToken) };
        }

        return PageAnswer.Of(answer);
    }

    /// <summary>Sends a read and answers its value, or null with the problem for the page to show.</summary>
    public async Task<(T? Value, PageAnswer Answer)> ReadAsync<TCommand, THandler, T>(TCommand command, CancellationToken cancellationToken = default)
        where TCommand : class, ICommand
        where THandler : ICommandHandler<TCommand>
        where T : class
    {
        var answer = await SendAsync<TCommand, THandler>(command, null, cancellationToken);
        return (answer.ValueAs<T>(), answer);
    }

    /// <summary>Whether the user holds one of the roles the command's handler accepts: pages offer only what the pipeline would allow.</summary>
    public async Task<bool> MayAsync<TCommand, THandler>()
        where TCommand : class, ICommand
        where THandler : ICommandHandler<TCommand>
    {
        var user = await UserAsync();
        await using var scope = scopes.CreateAsyncScope();
        return user?.ActingRole(scope.ServiceProvider.GetRequiredService<THandler>().Roles) is not null;
    }

    public async Task<StaffUser?> UserAsync() => StaffUser.From((await authentication.GetAuthenticationStateAsync()).User);
}
