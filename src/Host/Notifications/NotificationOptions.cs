using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace EarlyHelp.Host.Notifications;

/// <summary>The "Notifications" section of configuration.</summary>
internal sealed class NotificationOptions
{
    public const string Section = "Notifications";
    public const string InAppSink = "in-app";
    public const string SmtpSink = "smtp";

    /// <summary>Where delivered notifications go: "in-app" (the default: the recipient's list only) or "smtp".</summary>
    public string Sink { get; set; } = InAppSink;

    /// <summary>Attempts before a notification is marked failed and left alone.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>
    /// How long a host holds the notifications it has claimed for delivery. A host that dies holding a
    /// claim delays those notifications by this much; a send that takes longer than this may be repeated by
    /// another host, so it must be well above the SMTP timeout.
    /// </summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>
    /// Staff email addresses by user id, for the SMTP sink, until the directory of staff provides them.
    /// </summary>
    public Dictionary<string, string> Recipients { get; } = new(StringComparer.Ordinal);
}

/// <summary>The "Notifications:Smtp" section: the mail server the SMTP sink sends through.</summary>
internal sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    /// <summary>587, the submission port, where the server expects STARTTLS.</summary>
    public int Port { get; set; } = 587;

    public string From { get; set; } = "";

    /// <summary>STARTTLS on the connection; on by default because the messages concern children.</summary>
    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>How long one message may take to send before the attempt counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}

/// <summary>Refuses, at start-up, a configuration that could not deliver anything, saying which setting to fix.</summary>
internal sealed class NotificationOptionsValidation : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (!IsKnownSink(options.Sink))
        {
            problems.Add($"Notifications:Sink must be \"{NotificationOptions.InAppSink}\" or \"{NotificationOptions.SmtpSink}\".");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            problems.Add("Notifications:MaxAttempts must be between 1 and 100.");
        }

        if (options.ClaimDuration < TimeSpan.FromSeconds(10))
        {
            problems.Add("Notifications:ClaimDuration must be at least 10 seconds.");
        }

        if (IsSmtp(options.Sink))
        {
            var smtp = options.Smtp;
            if (string.IsNullOrWhiteSpace(smtp.Host))
            {
                problems.Add("Notifications:Smtp:Host is required when Notifications:Sink is \"smtp\".");
            }

            if (smtp.Port is < 1 or > 65535)
            {
                problems.Add("Notifications:Smtp:Port must be between 1 and 65535.");
            }

            if (!MailAddress.TryCreate(smtp.From, out _))
            {
                problems.Add("Notifications:Smtp:From must be an email address when Notifications:Sink is \"smtp\".");
            }

            if (smtp.Timeout <= TimeSpan.Zero || smtp.Timeout * 2 > options.ClaimDuration)
            {
                problems.Add("Notifications:Smtp:Timeout must be positive and at most half of Notifications:ClaimDuration.");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static bool IsKnownSink(string? sink) => IsSmtp(sink) || string.Equals(sink, NotificationOptions.InAppSink, StringComparison.OrdinalIgnoreCase);

    public static bool IsSmtp(string? sink) => string.Equals(sink, NotificationOptions.SmtpSink, StringComparison.OrdinalIgnoreCase);
}
