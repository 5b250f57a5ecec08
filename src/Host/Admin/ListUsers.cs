using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Staff;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>Every user who can sign in, or could: identifier, display name, roles, team, active.</summary>
internal sealed record ListUsers : IQuery
{
    public void Validate(ValidationErrors errors) => ArgumentNullException.ThrowIfNull(errors);
}

internal sealed record UserResponse(string Id, string DisplayName, IReadOnlyList<string> Roles, string? TeamId, bool Active)
{
    public static UserResponse Of(UserRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new UserResponse(row.Id, row.DisplayName, StaffRules.RoleList(row.Roles), row.TeamId, row.Active);
    }
}

internal sealed class ListUsersHandler : ICommandHandler<ListUsers>
{
    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(ListUsers command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var users = await context.Db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync(cancellationToken);
        return CommandResult.Done(TypedResults.Ok(users.Select(UserResponse.Of).ToList()));
    }
}
