namespace EarlyHelp.Host.CommandPipeline;

/// <summary>
/// A command about one child's case. The pipeline loads the case and checks the user may see it before anything
/// else, so a case out of the user's scope answers 404 whatever the body holds, and the handler gets it loaded.
/// </summary>
internal interface ICaseCommand : ICommand
{
    Guid CaseId { get; }
}
