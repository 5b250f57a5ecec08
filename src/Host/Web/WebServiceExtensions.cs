using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Radzen;

namespace EarlyHelp.Host.Web;

/// <summary>
/// The web UI: Blazor pages rendered interactively on the server, with Radzen components. Pages send the API's
/// commands through the same pipeline in-process, so sign-in, roles, validation, audit and the one transaction are
/// the API's own.
/// </summary>
internal static class WebServiceExtensions
{
    public static IServiceCollection AddEarlyHelpWeb(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddRadzenComponents();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, BrowserSignIn>();
        services.AddScoped<PageCommands>();
        services.AddScoped<TeamPractitionersHandler>();
        services.AddScoped<SocialCareCasesHandler>();
        return services;
    }

    public static WebApplication MapEarlyHelpWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapBlazorScript();
        app.MapDesignerAssets();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
