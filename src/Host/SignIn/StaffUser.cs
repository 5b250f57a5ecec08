using System.Security.Claims;
using EarlyHelp.Host.Staff;
using EarlyHelp.Workflows.Cases;

namespace EarlyHelp.Host.SignIn;

/// <summary>The signed-in member of staff, read from their claims: identifier, roles and team. Never their name.</summary>
internal sealed record StaffUser(string Id, IReadOnlySet<ActorRole> Roles, string? TeamId)
{
    public const string TeamClaim = "team";
    public const string RoleClaim = "role";
    public const string IdClaim = "sub";

    public bool Has(ActorRole role) => Roles.Contains(role);

    /// <summary>The first of <paramref name="allowed"/> the user holds, which they act in; null when none.</summary>
    public ActorRole? ActingRole(IReadOnlyList<ActorRole> allowed) => allowed.Cast<ActorRole?>().FirstOrDefault(r => Roles.Contains(r!.Value));

    public Actor As(ActorRole role) => new(Id, role);

    public static StaffUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true
            || (principal.FindFirst(IdClaim) ?? principal.FindFirst(ClaimTypes.NameIdentifier)) is not { Value.Length: > 0 } id)
        {
            return null;
        }

        var roles = principal.FindAll(RoleClaim).Concat(principal.FindAll(ClaimTypes.Role))
            .Select(c => StaffRoles.ToActorRole(c.Value))
            .OfType<ActorRole>()
            .ToHashSet();
        var team = principal.FindFirst(TeamClaim)?.Value;
        return new StaffUser(id.Value, roles, string.IsNullOrWhiteSpace(team) ? null : team);
    }

    public static ClaimsPrincipal Principal(string id, IEnumerable<string> roles, string? team, string scheme)
    {
        var claims = new List<Claim> { new(IdClaim, id) };
        claims.AddRange(roles.Select(r => new Claim(RoleClaim, r)));
        if (team is not null)
        {
            claims.Add(new Claim(TeamClaim, team));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, IdClaim, RoleClaim));
    }
}
