using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Staff;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>Adds a user: roles from the known words, and the team for the roles that work in one.</summary>
internal sealed record CreateUser(string? Id, string? DisplayName, IReadOnlyList<string?>? Roles, string? TeamId) : ICommand
{
    public void Validate(ValidationErrors errors)
    {
        StaffRules.UserId(errors, "id", Id);
        StaffRules.Name(errors, "displayName", DisplayName);
        StaffRules.Roles(errors, Roles, TeamId);
    }
}

internal sealed class CreateUserHandler : ICommandHandler<CreateUser>
{
    public const string Action = "user.create";

    public IReadOnlyList<ActorRole> Roles => AdminRecords.Administrators;

    public async Task<CommandResult> HandleAsync(CreateUser command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var id = command.Id!;
        if (await context.Db.Users.AnyAsync(u => u.Id == id, cancellationToken))
        {
            context.Audit(Action, AdminRecords.User, id, null, AuditOutcomes.Refused);
            return CommandResult.Refused(StaffRules.Duplicate("user"));
        }

        if (command.TeamId is { } teamId && await StaffRules.TeamProblemAsync(context.Db, teamId, cancellationToken) is { } problem)
        {
            return CommandResult.Refused(problem);
        }

        var user = new UserRow
        {
            Id = id,
            DisplayName = command.DisplayName!.Trim(),
            Roles = StaffRules.RolesColumn(command.Roles!),
            TeamId = command.TeamId,
            Active = true,
        };
        context.Db.Users.Add(user);
        context.Audit(Action, AdminRecords.User, id, null, AuditOutcomes.Changed);
        return CommandResult.Done(TypedResults.Created($"/api/admin/users/{id}", UserResponse.Of(user)));
    }
}
