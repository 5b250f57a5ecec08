using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.SignIn;
using EarlyHelp.Host.Staff;
using EarlyHelp.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.History;

/// <summary>
/// The active staff a history may name as actors, read once: a replayed event is done by the member of staff it
/// names, in the role it names, with their team, exactly as if they had signed in.
/// </summary>
internal sealed class StaffDirectory
{
    private readonly Dictionary<string, (IReadOnlySet<ActorRole> Roles, string? TeamId)> _staff;

    private StaffDirectory(Dictionary<string, (IReadOnlySet<ActorRole>, string?)> staff) => _staff = staff;

    public static async Task<StaffDirectory> LoadAsync(EarlyHelpDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var users = await db.Users.AsNoTracking().Where(u => u.Active).Select(u => new { u.Id, u.Roles, u.TeamId }).ToListAsync(cancellationToken);
        return new StaffDirectory(users.ToDictionary(
            u => u.Id,
            u => ((IReadOnlySet<ActorRole>)u.Roles.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(StaffRoles.ToActorRole).OfType<ActorRole>().ToHashSet(), u.TeamId),
            StringComparer.Ordinal));
    }

    /// <summary>The actor as a signed-in user acting in that one role, or why not.</summary>
    public (StaffUser? User, string? Problem) SignIn(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!_staff.TryGetValue(actor.UserId, out var staff))
        {
            return (null, $"actor '{actor.UserId}' is not an active member of staff");
        }

        return staff.Roles.Contains(actor.Role)
            ? (new StaffUser(actor.UserId, new HashSet<ActorRole> { actor.Role }, staff.TeamId), null)
            : (null, $"actor '{actor.UserId}' does not hold the role {StaffRoles.ToWord(actor.Role)}");
    }
}
