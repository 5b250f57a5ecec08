using EarlyHelp.Host.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace EarlyHelp.Host.Web;

/// <summary>
/// The demo cookie answers the API with 401 and 403; a person opening a page in a browser is instead taken to
/// the sign-in page, or to the page that says their role does not allow it.
/// </summary>
internal sealed class BrowserSignIn : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name != SignInServiceExtensions.DemoScheme)
        {
            return;
        }

        options.LoginPath = StaffPages.SignIn;
        options.AccessDeniedPath = StaffPages.AccessDenied;
        var toLogin = options.Events.OnRedirectToLogin;
        var toAccessDenied = options.Events.OnRedirectToAccessDenied;
        options.Events.OnRedirectToLogin = context => IsPage(context) ? Redirect(context) : toLogin(context);
        options.Events.OnRedirectToAccessDenied = context => IsPage(context) ? Redirect(context) : toAccessDenied(context);
    }

    /// <summary>Anything outside the API is a page a person asked for.</summary>
    private static bool IsPage(RedirectContext<CookieAuthenticationOptions> context) =>
        !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/openapi");

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
