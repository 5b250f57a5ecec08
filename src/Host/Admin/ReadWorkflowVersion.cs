using System.Text;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.Admin;

/// <summary>One version's JSON definition, as the body of the answer or (export) as a file to download and import elsewhere.</summary>
internal sealed record ReadWorkflowVersion(string Id, int Version, bool AsFile) : IQuery
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Version < 1)
        {
            errors.Add("version", "From 1.");
        }
    }
}

internal sealed class ReadWorkflowVersionHandler : ICommandHandler<ReadWorkflowVersion>
{
    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(ReadWorkflowVersion command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (await StoredVersions.FindAsync(context.Db, command.Id, command.Version, cancellationToken) is not { } row)
        {
            return CommandResult.Refused(ApiProblems.NotFound("workflow version"));
        }

        // The stored text is the definition written by WorkflowDefinitionJson, the format the import reads.
        return CommandResult.Done(command.AsFile
            ? TypedResults.File(Encoding.UTF8.GetBytes(row.Json), "application/json", $"{row.Id}.v{row.Version}.json")
            : TypedResults.Text(row.Json, "application/json", Encoding.UTF8));
    }
}
