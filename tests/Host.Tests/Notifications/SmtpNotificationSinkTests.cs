using System.Net;
using System.Net.Sockets;
using System.Text;
using EarlyHelp.Host.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EarlyHelp.Host.Tests.Notifications;

/// <summary>The SMTP sink against a fake mail server on the loopback address, and its configuration.</summary>
public sealed class SmtpNotificationSinkTests : IAsyncLifetime
{
    private FakeSmtpServer _server = null!;

    public Task InitializeAsync()
    {
        _server = FakeSmtpServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_notification_is_sent_as_plain_text_to_the_address_configured_for_the_recipient()
    {
        var sink = Sink(("Notifications:Recipients:lp-1", "lp1@council.example"));
        var notification = Outgoing("lp-1");

        var result = await sink.SendAsync(notification, CancellationToken.None);

        Assert.True(result.IsSent, result.FailureReason);
        var mail = Assert.Single(_server.Received);
        Assert.Equal(("earlyhelp@council.example", "lp1@council.example"), (mail.From, Assert.Single(mail.To)));
        var (headers, body) = Parse(mail.Data);
        Assert.Equal("Review due for EH-1", headers["Subject"]);
        Assert.StartsWith("text/plain", headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(notification.Id.ToString(), headers[SmtpNotificationSink.NotificationIdHeader]);
        Assert.Equal("The TAF review for case EH-1 is due on 30 November – in 5 working days.", body);
    }

    [Fact]
    public async Task A_recipient_without_an_address_fails_with_a_clear_reason_and_nothing_is_sent()
    {
        var sink = Sink(("Notifications:Recipients:lp-2", "lp2@council.example"));

        var result = await sink.SendAsync(Outgoing("lp-1"), CancellationToken.None);

        Assert.Equal("The recipient has no email address: add their user id to Notifications:Recipients.", result.FailureReason);
        Assert.Empty(_server.Received);
    }

    [Fact]
    public async Task A_recipient_whose_address_is_not_an_email_address_fails_with_a_clear_reason()
    {
        var sink = Sink(("Notifications:Recipients:lp-1", "not an address"));

        var result = await sink.SendAsync(Outgoing("lp-1"), CancellationToken.None);

        Assert.Equal("The recipient's email address in Notifications:Recipients is not a valid address.", result.FailureReason);
    }

    [Fact]
    public async Task A_recipient_the_server_refuses_fails_with_the_status_code_and_without_the_address()
    {
        _server.Refuse.Add("lp1@council.example");
        var sink = Sink(("Notifications:Recipients:lp-1", "lp1@council.example"));

        var result = await sink.SendAsync(Outgoing("lp-1"), CancellationToken.None);

        Assert.Equal("The mail server refused the recipient (MailboxUnavailable).", result.FailureReason);
        Assert.Empty(_server.Received);
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_fails_with_a_reason()
    {
        var sink = SinkOn(ClosedPort(), ("Notifications:Recipients:lp-1", "lp1@council.example"));

        var result = await sink.SendAsync(Outgoing("lp-1"), CancellationToken.None);

        Assert.Equal("Could not reach the mail server (ConnectionRefused).", result.FailureReason);
    }

    [Fact]
    public void The_in_app_sink_is_the_default()
    {
        using var services = Services(new Dictionary<string, string?>());

        Assert.IsType<InAppNotificationSink>(services.GetRequiredService<INotificationSink>());
        Assert.Equal(8, services.GetRequiredService<IOptions<NotificationOptions>>().Value.MaxAttempts);
    }

    [Fact]
    public void An_unknown_sink_is_refused_when_the_services_are_registered()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Notifications:Sink"] = "pigeon" }).Build();

        var refused = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddEarlyHelpNotifications(configuration));

        Assert.Equal("Notifications:Sink must be \"in-app\" or \"smtp\".", refused.Message);
    }

    [Fact]
    public void The_smtp_sink_without_a_server_or_a_sender_is_refused_with_the_settings_to_fix()
    {
        using var services = Services(new Dictionary<string, string?> { ["Notifications:Sink"] = "smtp" });

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<NotificationOptions>>().Value);

        Assert.Equal(
            [
                "Notifications:Smtp:Host is required when Notifications:Sink is \"smtp\".",
                "Notifications:Smtp:From must be an email address when Notifications:Sink is \"smtp\".",
            ],
            refused.Failures);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private INotificationSink Sink(params (string Key, string Value)[] settings) => SinkOn(_server.Port, settings);

    private static INotificationSink SinkOn(int port, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Notifications:Sink"] = "smtp",
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = port.ToString(),
            ["Notifications:Smtp:EnableSsl"] = "false",
            ["Notifications:Smtp:From"] = "earlyhelp@council.example",
            ["Notifications:Smtp:Timeout"] = "00:00:10",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var sink = Services(all).GetRequiredService<INotificationSink>();
        Assert.IsType<SmtpNotificationSink>(sink);
        return sink;
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddEarlyHelpNotifications(configuration).BuildServiceProvider();
    }

    private static OutgoingNotification Outgoing(string recipient) => new(
        Guid.NewGuid(), recipient, "review-reminder", "Review due for EH-1",
        "The TAF review for case EH-1 is due on 30 November – in 5 working days.", null, 1);

    /// <summary>The headers (folded lines joined) and the decoded body of a single-part message.</summary>
    private static (Dictionary<string, string> Headers, string Body) Parse(string data)
    {
        var split = data.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in data[..split].Split("\r\n"))
        {
            if (line.StartsWith(' ') || line.StartsWith('\t'))
            {
                headers[last!] += line.Trim();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            last = line[..colon];
            headers[last] = line[(colon + 1)..].Trim();
        }

        headers["Subject"] = DecodeWord(headers["Subject"]);
        var body = data[(split + 4)..].TrimEnd('\r', '\n');
        body = headers.GetValueOrDefault("Content-Transfer-Encoding")?.ToLowerInvariant() switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal))),
            "quoted-printable" => DecodeQuotedPrintable(body),
            _ => body,
        };
        return (headers, body);
    }

    private static string DecodeWord(string value)
    {
        // "=?utf-8?B?...?=" (possibly several, for a long subject) or plain text.
        if (!value.StartsWith("=?", StringComparison.Ordinal))
        {
            return value;
        }

        var text = new StringBuilder();
        foreach (var word in value.Split("?==?", StringSplitOptions.None))
        {
            var parts = word.Trim('=', '?').Split('?');
            var payload = parts[^1];
            text.Append(parts[^2].Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Encoding.UTF8.GetString(Convert.FromBase64String(payload))
                : DecodeQuotedPrintable(payload.Replace('_', ' ')));
        }

        return text.ToString();
    }

    private static string DecodeQuotedPrintable(string value)
    {
        var bytes = new List<byte>();
        var joined = value.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length)
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
