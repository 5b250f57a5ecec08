using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.SignIn;

/// <summary>Who am I, and (in the embedded development mode only) the demo users and signing in as one of them.</summary>
internal static class DemoSignInEndpoints
{
    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Sign-in");
        group.MapGet("/me", (HttpContext http) => StaffUser.From(http.User) is { } user
                ? Results.Ok(new SignedInUser(user.Id, [.. user.Roles.Select(StaffRoles.ToWord)], user.TeamId))
                : Results.Unauthorized())
            .RequireAuthorization()
            .WithSummary("The signed-in user: identifier, roles and team.");

        if (!app.ServiceProvider.GetRequiredService<SignInOptions>().Demo)
        {
            return app;
        }

        group.MapGet("/sign-in/demo-users", async (IDbContextFactory<EarlyHelpDbContext> contexts, CancellationToken cancellationToken) =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var users = await db.Users.AsNoTracking().Where(u => u.Active).OrderBy(u => u.Id).ToListAsync(cancellationToken);
                return Results.Ok(users.Select(u => new DemoUser(u.Id, u.DisplayName, u.Roles.Split(' ', StringSplitOptions.RemoveEmptyEntries), u.TeamId)));
            })
            .AllowAnonymous()
            .WithSummary("The demo users (development mode only).");

        group.MapPost("/sign-in/demo", async (DemoSignIn? body, HttpContext http, IDbContextFactory<EarlyHelpDbContext> contexts, CancellationToken cancellationToken) =>
            {
                if (body?.UserId is not { Length: > 0 } userId)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["userId"] = ["Choose a demo user."] });
                }

                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId && u.Active, cancellationToken);
                if (user is null)
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["userId"] = ["There is no active demo user with this identifier."] });
                }

                var roles = user.Roles.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                await http.SignInAsync(SignInServiceExtensions.DemoScheme, StaffUser.Principal(user.Id, roles, user.TeamId, SignInServiceExtensions.DemoScheme));
                return Results.Ok(new SignedInUser(user.Id, roles, user.TeamId));
            })
            .AllowAnonymous()
            .WithSummary("Signs in as a demo user (development mode only).");

        group.MapPost("/sign-out", async (HttpContext http) =>
            {
                await http.SignOutAsync(SignInServiceExtensions.DemoScheme);
                return Results.NoContent();
            })
            .AllowAnonymous()
            .WithSummary("Signs out of the demo sign-in.");
        return app;
    }
}

internal sealed record DemoSignIn(string? UserId);

internal sealed record DemoUser(string Id, string DisplayName, IReadOnlyList<string> Roles, string? TeamId);

internal sealed record SignedInUser(string Id, IReadOnlyList<string> Roles, string? TeamId);
