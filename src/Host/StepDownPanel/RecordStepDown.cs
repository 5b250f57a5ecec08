using EarlyHelp.Host.Cases;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.StepDownPanel;

/// <summary>
/// A manager of the team the panel accepted the case into steps it down to Early Help, naming the team's lead
/// practitioner and the level of need agreed at the handover (the lifecycle also needs the family's consent).
/// </summary>
internal sealed record RecordStepDown(Guid CaseId, string? LeadPractitionerId, LevelOfNeed? AgreedLevelOfNeed) : ICaseCommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("leadPractitionerId", LeadPractitionerId);
        errors.MaxLength("leadPractitionerId", LeadPractitionerId, 100);
        errors.Required("agreedLevelOfNeed", AgreedLevelOfNeed);
        if (AgreedLevelOfNeed is { } level && level.IsAboveEarlyHelpCeiling())
        {
            errors.Add("agreedLevelOfNeed", "A case steps down at a level Early Help works at: universal, additional or complex.");
        }
    }
}

/// <summary>The body of <see cref="RecordStepDown"/>; the case comes from the address.</summary>
internal sealed record RecordStepDownBody(string? LeadPractitionerId, LevelOfNeed? AgreedLevelOfNeed);

internal sealed class RecordStepDownHandler(CaseActions actions) : ICommandHandler<RecordStepDown>
{
    public const string Action = "case.step-down";

    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.TeamManager];

    public async Task<CommandResult> HandleAsync(RecordStepDown command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var (subject, problem) = await CaseAccess.ForChangeAsync(context, command.CaseId, Action, cancellationToken);
        if (subject is null)
        {
            return CommandResult.Refused(problem!);
        }

        if (subject.StepDownRequests.LastOrDefault(r => r.IsAcceptedAndWaiting) is not { Decision.LocalityTeam: { } team } accepted)
        {
            context.Audit(Action, CaseAccess.RecordKind, CaseAccess.Id(subject.Id), subject.Id, AuditOutcomes.Refused);
            return CommandResult.Refused(ApiProblems.NotPermittedNow("the step-down panel has not accepted the case"));
        }

        // The locality's managers may see the case too; only the accepting team's managers take it on.
        if (team != context.User.TeamId)
        {
            context.Audit(Action, CaseAccess.RecordKind, CaseAccess.Id(subject.Id), subject.Id, AuditOutcomes.Refused);
            return CommandResult.Refused(ApiProblems.Forbidden($"The panel accepted the case into the {team} team: one of its managers records the step-down."));
        }

        var practitionerId = command.LeadPractitionerId!.Trim();
        var practitioner = await context.Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == practitionerId && u.Active, cancellationToken);
        if (practitioner is null || practitioner.TeamId != team || !practitioner.Roles.Split(' ').Contains(Staff.StaffRoles.LeadPractitioner))
        {
            return CommandResult.Refused(ApiProblems.Invalid("leadPractitionerId", $"Not an active lead practitioner of the {team} team."));
        }

        var fact = new SteppedDown(accepted.Request.RequestId, practitionerId, team, command.AgreedLevelOfNeed!.Value);
        return await actions.PerformAsync(context, subject, new CaseChange(Action, CaseTrigger.StepDown, fact, "step-down", "done"), cancellationToken);
    }
}
