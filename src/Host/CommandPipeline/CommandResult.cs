namespace EarlyHelp.Host.CommandPipeline;

/// <summary>What a handler answers: done (commit) or refused (roll back its changes; its audit entries are still kept).</summary>
internal sealed record CommandResult(IResult Response, bool Commit)
{
    public static CommandResult Done(IResult response) => new(response, true);

    public static CommandResult Refused(IResult response) => new(response, false);
}
