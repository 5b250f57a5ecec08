using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace EarlyHelp.Host.SignIn;

internal static class SignInServiceExtensions
{
    /// <summary>The scheme every endpoint authenticates with: a bearer token when one is sent, else the demo cookie.</summary>
    public const string Scheme = "EarlyHelp";
    public const string DemoScheme = "Demo";

    /// <summary>Bearer tokens always; the demo sign-in only when switched on, and only in Development.</summary>
    public static IServiceCollection AddEarlyHelpSignIn(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(SignInOptions.Section).Get<SignInOptions>() ?? new SignInOptions();
        if (options.Demo && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"The demo sign-in is for the embedded development mode only and cannot be switched on in the {environment.EnvironmentName} environment: " +
                "remove SignIn:Demo and configure SignIn:Authority (or SignIn:SigningKey) for the council's identity provider.");
        }

        services.AddSingleton(options);
        var authentication = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Bearer token or demo sign-in", policy => policy.ForwardDefaultSelector = http =>
                options.Demo && !http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? DemoScheme
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(bearer => ConfigureBearer(bearer, options));
        if (options.Demo)
        {
            authentication.AddCookie(DemoScheme, cookie =>
            {
                cookie.Cookie.Name = "earlyhelp-demo";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                // An API answers 401 and 403; it never redirects to a sign-in page.
                cookie.Events.OnRedirectToLogin = context => Status(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Status(context, StatusCodes.Status403Forbidden);
            });
        }

        services.AddAuthorization();
        return services;
    }

    private static void ConfigureBearer(JwtBearerOptions bearer, SignInOptions options)
    {
        bearer.MapInboundClaims = false;
        bearer.Authority = string.IsNullOrWhiteSpace(options.Authority) ? null : options.Authority;
        bearer.Audience = options.Audience;
        bearer.RequireHttpsMetadata = bearer.Authority?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            NameClaimType = StaffUser.IdClaim,
            RoleClaimType = StaffUser.RoleClaim,
            ValidateAudience = !string.IsNullOrWhiteSpace(options.Audience),
            ValidAudience = options.Audience,
            ValidateIssuer = !string.IsNullOrWhiteSpace(options.Issuer),
            ValidIssuer = options.Issuer,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(1),
        };
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            bearer.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey));
        }
    }

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
