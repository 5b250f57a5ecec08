using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Web;

/// <summary>The active lead practitioners of the user's team, offered when allocating a case (staff names only; no child's record).</summary>
internal sealed record TeamPractitioners : IQuery
{
    public void Validate(ValidationErrors errors) => ArgumentNullException.ThrowIfNull(errors);
}

internal sealed record TeamPractitioner(string Id, string DisplayName);

internal sealed class TeamPractitionersHandler : ICommandHandler<TeamPractitioners>
{
    public IReadOnlyList<ActorRole> Roles { get; } = [ActorRole.TeamManager, ActorRole.TriageOfficer];

    public async Task<CommandResult> HandleAsync(TeamPractitioners command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var team = context.User.TeamId;
        var users = await context.Db.Users.AsNoTracking()
            .Where(u => u.Active && u.TeamId == team)
            .OrderBy(u => u.DisplayName)
            .ToListAsync(cancellationToken);
        return CommandResult.Done(TypedResults.Ok(users
            .Where(u => u.Roles.Split(' ').Contains(Staff.StaffRoles.LeadPractitioner))
            .Select(u => new TeamPractitioner(u.Id, u.DisplayName))
            .ToList()));
    }
}
