using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Staff;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>
/// Sets a user's roles, team (none when left out) and whether they may sign in; the display name too when given.
/// An administrator cannot take away their own administrator role or deactivate themselves, so one always remains.
/// </summary>
internal sealed record UpdateUser(string Id, string? DisplayName, IReadOnlyList<string?>? Roles, string? TeamId, bool? Active) : ICommand
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (DisplayName is not null)
        {
            StaffRules.Name(errors, "displayName", DisplayName);
        }

        StaffRules.Roles(errors, Roles, TeamId);
        errors.Required("active", Active);
    }
}

internal sealed record UpdateUserBody(string? DisplayName, IReadOnlyList<string?>? Roles, string? TeamId, bool? Active);

internal sealed class UpdateUserHandler : ICommandHandler<UpdateUser>
{
    public const string Action = "user.update";

    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(UpdateUser command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var user = await context.Db.Users.SingleOrDefaultAsync(u => u.Id == command.Id, cancellationToken);
        if (user is null)
        {
            return CommandResult.Refused(ApiProblems.NotFound("user"));
        }

        // A team that was since deactivated may stay on a user who has it; a new one must be active.
        if (command.TeamId is { } teamId && teamId != user.TeamId && await StaffRules.TeamProblemAsync(context.Db, teamId, cancellationToken) is { } problem)
        {
            return CommandResult.Refused(problem);
        }

        var roles = StaffRules.RolesColumn(command.Roles!);
        if (user.Id == context.User.Id && (!command.Active!.Value || !StaffRules.RoleList(roles).Contains(StaffRoles.Administrator)))
        {
            context.Audit(Action, AdminRecords.User, user.Id, null, AuditOutcomes.Refused);
            return CommandResult.Refused(ApiProblems.NotPermittedNow("you cannot take away your own administrator role or deactivate yourself: ask another administrator"));
        }

        user.DisplayName = command.DisplayName?.Trim() ?? user.DisplayName;
        user.Roles = roles;
        user.TeamId = command.TeamId;
        user.Active = command.Active!.Value;
        context.Audit(Action, AdminRecords.User, user.Id, null, AuditOutcomes.Changed);
        return CommandResult.Done(TypedResults.Ok(UserResponse.Of(user)));
    }
}
