using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>Renames a team or (de)activates it. A team with active users is not deactivated: move them first, so no one works in a team that is gone.</summary>
internal sealed record UpdateTeam(string Id, string? Name, bool? Active) : ICommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        StaffRules.Name(errors, "name", Name);
        errors.Required("active", Active);
    }
}

internal sealed record UpdateTeamBody(string? Name, bool? Active);

internal sealed class UpdateTeamHandler : ICommandHandler<UpdateTeam>
{
    public const string Action = "team.update";

    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(UpdateTeam command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var team = await context.Db.Teams.SingleOrDefaultAsync(t => t.Id == command.Id, cancellationToken);
        if (team is null)
        {
            return CommandResult.Refused(ApiProblems.NotFound("team"));
        }

        var active = command.Active!.Value;
        var members = active ? 0 : await context.Db.Users.CountAsync(u => u.TeamId == team.Id && u.Active, cancellationToken);
        if (members > 0)
        {
            context.Audit(Action, AdminRecords.Team, team.Id, null, AuditOutcomes.Refused);
            return CommandResult.Refused(ApiProblems.NotPermittedNow($"{members} active {(members == 1 ? "user belongs" : "users belong")} to the team: move them to another team first"));
        }

        team.Name = command.Name!.Trim();
        team.Active = active;
        context.Audit(Action, AdminRecords.Team, team.Id, null, AuditOutcomes.Changed);
        var count = await context.Db.Users.CountAsync(u => u.TeamId == team.Id && u.Active, cancellationToken);
        return CommandResult.Done(TypedResults.Ok(new TeamResponse(team.Id, team.Name, team.Active, count)));
    }
}
