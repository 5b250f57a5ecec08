using EarlyHelp.Host.CommandPipeline;
using Microsoft.AspNetCore.Components;

namespace EarlyHelp.Host.Web.Pages.Cases.Actions;

/// <summary>
/// What every form of the case page shares: the case and the version the page shows (sent as If-Match, so a change
/// made meanwhile by someone else is refused, not overwritten), the pipeline's answer to show, and what to do once
/// the change is made or the form is closed.
/// </summary>
public abstract class ActionFormBase : ComponentBase
{
    [Parameter, EditorRequired]
    public Guid CaseId { get; set; }

    [Parameter, EditorRequired]
    public int Version { get; set; }

    /// <summary>Told, with a sentence saying what was recorded, once the change is made.</summary>
    [Parameter]
    public EventCallback<string> Done { get; set; }

    [Parameter]
    public EventCallback Cancel { get; set; }

    protected PageAnswer? Answer { get; private set; }

    protected bool Sending { get; private set; }

    [Inject]
    internal PageCommands Commands { get; set; } = default!;

    private protected async Task SendAsync<TCommand, THandler>(TCommand command, string done)
        where TCommand : class, ICommand
        where THandler : ICommandHandler<TCommand>
    {
        Sending = true;
        Answer = await Commands.SendAsync<TCommand, THandler>(command, Version);
        Sending = false;
        if (Answer.Succeeded)
        {
            await Done.InvokeAsync(done);
        }
    }

    protected static DateOnly Today => EarlyHelp.Workflows.Runtime.CouncilTime.DateOf(DateTimeOffset.UtcNow);
}
