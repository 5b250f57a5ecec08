using EarlyHelp.Host.Cases;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Triage;

/// <summary>Allocates a lead practitioner of the team; any previous allocation ends.</summary>
internal sealed record AllocateLeadPractitioner(Guid CaseId, string? PractitionerId) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("practitionerId", PractitionerId);
    }
}

internal sealed record AllocateLeadPractitionerBody(string? PractitionerId);

internal sealed class AllocateLeadPractitionerHandler(CaseActions actions) : ICommandHandler<AllocateLeadPractitioner>
{
    public const string Action = "case.allocate";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.TeamManager, ActorRole.TriageOfficer];

    public async Task<CommandResult> HandleAsync(AllocateLeadPractitioner command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var (subject, problem) = await CaseAccess.ForChangeAsync(context, command.CaseId, Action, cancellationToken);
        if (subject is null)
        {
            return CommandResult.Refused(problem!);
        }

        // The practitioner must be an active lead practitioner; they join the case in their own team.
        var practitionerId = command.PractitionerId!.Trim();
        var practitioner = await context.Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == practitionerId && u.Active, cancellationToken);
        if (practitioner?.TeamId is not { } teamId || !practitioner.Roles.Split(' ').Contains(Staff.StaffRoles.LeadPractitioner))
        {
            return CommandResult.Refused(ApiProblems.Invalid("practitionerId", "Not an active lead practitioner in a team."));
        }

        if (teamId != context.User.TeamId)
        {
            return CommandResult.Refused(ApiProblems.Invalid("practitionerId", "Allocate a lead practitioner of your own team."));
        }

        var fact = new LeadPractitionerAllocated(practitionerId, teamId);
        return await actions.PerformAsync(context, subject, new CaseChange(Action, CaseTrigger.AllocateLeadPractitioner, fact, "allocation", "done"), cancellationToken);
    }
}
