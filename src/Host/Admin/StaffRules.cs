using System.Text.RegularExpressions;
using EarlyHelp.Host.CommandPipeline;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Staff;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Admin;

/// <summary>What a user or a team must look like: identifiers, names, known role words, and a team for the roles that work in one.</summary>
internal static partial class StaffRules
{
    public const int MaximumIdLength = 100;
    public const int MaximumNameLength = 200;

    /// <summary>The roles that work within a locality team: what they see and the worklists they get follow the team.</summary>
    public static IReadOnlyList<string> TeamRoles { get; } = [StaffRoles.TriageOfficer, StaffRoles.LeadPractitioner, StaffRoles.TeamManager];

    /// <summary>A user's id, as the identity provider knows them: letters, digits and . _ @ -, no spaces.</summary>
    public static void UserId(ValidationErrors errors, string field, string? id)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required(field, id);
        errors.MaxLength(field, id, MaximumIdLength);
        if (!string.IsNullOrWhiteSpace(id) && !UserIdentifier().IsMatch(id))
        {
            errors.Add(field, "Letters, digits and . _ @ - only, starting with a letter or digit; no spaces.");
        }
    }

    /// <summary>A team's id is the locality it covers, as cases name it: lower-case words joined by hyphens.</summary>
    public static void TeamId(ValidationErrors errors, string field, string? id)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required(field, id);
        errors.MaxLength(field, id, MaximumIdLength);
        if (!string.IsNullOrWhiteSpace(id) && !TeamIdentifier().IsMatch(id))
        {
            errors.Add(field, "Lower-case letters and digits, words joined by hyphens, for example \"north-east\".");
        }
    }

    public static void Name(ValidationErrors errors, string field, string? name)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required(field, name);
        errors.MaxLength(field, name, MaximumNameLength);
    }

    /// <summary>Known role words, at least one; a team for the team roles.</summary>
    public static void Roles(ValidationErrors errors, IReadOnlyList<string?>? roles, string? teamId)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (roles is null || roles.Count == 0)
        {
            errors.Add("roles", $"At least one of {string.Join(", ", StaffRoles.All)}.");
            return;
        }

        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] is not { } role || !StaffRoles.All.Contains(role))
            {
                errors.Add($"roles[{i}]", $"Not a role: use one of {string.Join(", ", StaffRoles.All)}.");
            }
        }

        if (teamId is null && roles.Any(r => r is not null && TeamRoles.Contains(r)))
        {
            errors.Add("teamId", $"Required for the roles {string.Join(", ", TeamRoles)}.");
        }

        if (teamId is not null)
        {
            TeamId(errors, "teamId", teamId);
        }
    }

    /// <summary>The roles as the users table keeps them: known words, once each, in the usual order, separated by spaces.</summary>
    public static string RolesColumn(IReadOnlyList<string?> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return string.Join(' ', StaffRoles.All.Where(roles.Contains));
    }

    public static IReadOnlyList<string> RoleList(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>400 naming teamId unless the team exists and is active.</summary>
    public static async Task<IResult?> TeamProblemAsync(EarlyHelpDbContext db, string teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Teams.AnyAsync(t => t.Id == teamId && t.Active, cancellationToken)
            ? null
            : ApiProblems.Invalid("teamId", "No active team with this identifier.");
    }

    public static IResult Duplicate(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"A {what} with this identifier exists already.");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex UserIdentifier();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TeamIdentifier();
}
