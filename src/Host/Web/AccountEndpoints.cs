using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Web;

/// <summary>
/// The browser's way in and out: "/" opens the user's start page; the sign-in page's form signs in as a demo user
/// (Development only) with the same cookie as the API's demo sign-in; signing out ends it. Plain form posts with an
/// antiforgery token, answered by redirects.
/// </summary>
internal static class AccountEndpoints
{
    public const string SignInPath = "/account/sign-in";
    public const string SignOutPath = "/account/sign-out";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Results.Redirect(StaffPages.HomeOf(StaffUser.From(http.User))))
            .ExcludeFromDescription();

        app.MapPost(SignOutPath, async (HttpContext http, IAntiforgery antiforgery, SignInOptions options) =>
            {
                if (!await antiforgery.IsRequestValidAsync(http))
                {
                    return Results.BadRequest();
                }

                if (options.Demo)
                {
                    await http.SignOutAsync(SignInServiceExtensions.DemoScheme);
                }

                return Results.Redirect($"{StaffPages.SignIn}?signedOut=true");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();

        if (!app.ServiceProvider.GetRequiredService<SignInOptions>().Demo)
        {
            return app;
        }

        app.MapPost(SignInPath, async (HttpContext http, IAntiforgery antiforgery, IDbContextFactory<EarlyHelpDbContext> contexts, CancellationToken cancellationToken) =>
            {
                if (!await antiforgery.IsRequestValidAsync(http))
                {
                    return Results.BadRequest();
                }

                var form = await http.Request.ReadFormAsync(cancellationToken);
                var userId = form["userId"].ToString();
                var returnUrl = LocalOrHome(form["returnUrl"].ToString());
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var user = userId.Length == 0 ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId && u.Active, cancellationToken);
                if (user is null)
                {
                    return Results.Redirect($"{StaffPages.SignIn}?unknownUser=true&ReturnUrl={Uri.EscapeDataString(returnUrl)}");
                }

                var roles = user.Roles.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                await http.SignInAsync(SignInServiceExtensions.DemoScheme, StaffUser.Principal(user.Id, roles, user.TeamId, SignInServiceExtensions.DemoScheme));
                return Results.Redirect(returnUrl);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Only a path of this site: a link that would send someone elsewhere after signing in goes to "/" instead.</summary>
    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
