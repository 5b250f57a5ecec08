namespace EarlyHelp.Host.CommandPipeline;

/// <summary>A request the API acts on (a change, or a read of a child's record): it checks its own fields first.</summary>
internal interface ICommand
{
    /// <summary>Adds a reason for each missing or invalid field, named as the caller sent it.</summary>
    void Validate(ValidationErrors errors);
}
