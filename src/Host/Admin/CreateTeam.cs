using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Staff;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>Adds a locality team; its id is the locality cases name.</summary>
internal sealed record CreateTeam(string? Id, string? Name) : ICommand
{
    public void Validate(ValidationErrors errors)
    {
        StaffRules.TeamId(errors, "id", Id);
        StaffRules.Name(errors, "name", Name);
    }
}

internal sealed class CreateTeamHandler : ICommandHandler<CreateTeam>
{
    public const string Action = "team.create";

    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(CreateTeam command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var id = command.Id!;
        if (await context.Db.Teams.AnyAsync(t => t.Id == id, cancellationToken))
        {
            context.Audit(Action, AdminRecords.Team, id, null, AuditOutcomes.Refused);
            return CommandResult.Refused(StaffRules.Duplicate("team"));
        }

        var team = new TeamRow { Id = id, Name = command.Name!.Trim(), Active = true };
        context.Db.Teams.Add(team);
        context.Audit(Action, AdminRecords.Team, id, null, AuditOutcomes.Changed);
        return CommandResult.Done(TypedResults.Created($"/api/admin/teams/{id}", new TeamResponse(team.Id, team.Name, team.Active, 0)));
    }
}
