using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Host.Cases;

/// <summary>Records a Team Around the Family meeting once held: the first moves the case to review.</summary>
internal sealed record HoldTafMeeting(Guid CaseId, DateOnly? HeldOn, IReadOnlyList<AgencyType>? AgenciesPresent, bool? FamilyPresent, string? Summary) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("heldOn", HeldOn);
        if (AgenciesPresent is not { Count: > 0 })
        {
            errors.Add("agenciesPresent", "Name the agencies that attended, e.g. [\"school\", \"health\"].");
        }

        errors.Required("familyPresent", FamilyPresent);
        errors.MaxLength("summary", Summary, 4000);
    }
}

internal sealed record HoldTafMeetingBody(DateOnly? HeldOn, IReadOnlyList<AgencyType>? AgenciesPresent, bool? FamilyPresent, string? Summary);

internal sealed class HoldTafMeetingHandler(CaseActions actions) : ICommandHandler<HoldTafMeeting>
{
    public const string Action = "case.hold-taf-meeting";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.LeadPractitioner, ActorRole.TeamManager];

    public async Task<CommandResult> HandleAsync(HoldTafMeeting command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (CaseChanges.NotInTheFuture(context, "heldOn", command.HeldOn!.Value) is { } problem)
        {
            return CommandResult.Refused(problem);
        }

        var fact = new TafMeetingHeld(command.HeldOn.Value, [.. command.AgenciesPresent!.Distinct()], command.FamilyPresent!.Value, FreeText.Trimmed(command.Summary));
        return await CaseChanges.PerformAsync(actions, context, command.CaseId,
            new CaseChange(Action, CaseTrigger.HoldTafMeeting, fact, CaseTaskTypes.TafMeeting, CaseTaskTypes.Done), cancellationToken);
    }
}
