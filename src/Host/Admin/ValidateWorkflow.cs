using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Host.Admin;

/// <summary>The validation report of a JSON definition, as publishing would check it. Stores nothing.</summary>
internal sealed record ValidateWorkflow(string Json) : ICommand
{
    public void Validate(ValidationErrors errors) => DefinitionBody.Validate(errors, Json);
}

internal sealed record WorkflowValidation(bool Valid, IReadOnlyList<ValidationIssueResponse> Issues);

internal sealed class ValidateWorkflowHandler(ActivityCatalogue catalogue) : ICommandHandler<ValidateWorkflow>
{
    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public Task<CommandResult> HandleAsync(ValidateWorkflow command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (definition, report) = WorkflowDefinitionJson.Read(command.Json);
        if (definition is not null)
        {
            report = WorkflowValidator.Validate(definition, catalogue);
        }

        return Task.FromResult(CommandResult.Done(TypedResults.Ok(new WorkflowValidation(report.IsValid, DefinitionReports.Issues(report, definition)))));
    }
}
