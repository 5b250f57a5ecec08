namespace EarlyHelp.Host.SignIn;

/// <summary>
/// The "SignIn" section. Demo sign-in (seeded users, a cookie) is for the embedded development mode only;
/// everywhere else staff bring a bearer token from the council's identity provider.
/// </summary>
internal sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>Offers the demo users. Refused at start-up outside the Development environment.</summary>
    public bool Demo { get; set; }

    /// <summary>The identity provider's address (OpenID Connect discovery), when it publishes its keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for.</summary>
    public string? Audience { get; set; }

    /// <summary>The issuer tokens must come from, when not discovered from <see cref="Authority"/>.</summary>
    public string? Issuer { get; set; }

    /// <summary>A shared signing key (at least 32 characters) for providers without discovery.</summary>
    public string? SigningKey { get; set; }

    public bool HasBearerIssuer => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);
}
