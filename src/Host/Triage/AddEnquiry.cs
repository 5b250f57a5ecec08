using EarlyHelp.Host.Cases;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Triage;

/// <summary>A further enquiry about a child joins the child's open episode instead of opening another.</summary>
internal sealed record AddEnquiry(Guid CaseId, EnquiryInput? Enquiry) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Enquiry is null)
        {
            errors.Add("enquiry", "Required.");
            return;
        }

        Enquiry.Validate(errors, "enquiry.");
    }
}

internal sealed record AddEnquiryBody(EnquiryInput? Enquiry);

internal sealed class AddEnquiryHandler(CaseActions actions) : ICommandHandler<AddEnquiry>
{
    public const string Action = "enquiry.add";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.TriageOfficer];

    public async Task<CommandResult> HandleAsync(AddEnquiry command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        if (command.Enquiry!.ReceivedAt > context.Now)
        {
            return CommandResult.Refused(ApiProblems.Invalid("enquiry.receivedAt", "Cannot be in the future."));
        }

        var (subject, problem) = await CaseAccess.ForChangeAsync(context, command.CaseId, Action, cancellationToken);
        if (subject is null)
        {
            return CommandResult.Refused(problem!);
        }

        var fact = new EnquiryAdded(command.Enquiry.ToEnquiry());
        return await actions.PerformAsync(context, subject, new CaseChange(Action, CaseTrigger.AddEnquiry, fact, "enquiry", "done"), cancellationToken);
    }
}
