using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace EarlyHelp.Host.Notifications;

/// <summary>
/// Sends each notification as a plain-text email through the mail server of "Notifications:Smtp", to the
/// address "Notifications:Recipients" gives for the recipient's user id. Failure reasons name the setting
/// or the server's status code, never the address or the server's own words (which may quote the address).
/// </summary>
internal sealed class SmtpNotificationSink(IOptionsMonitor<NotificationOptions> options) : INotificationSink
{
    public const string NotificationIdHeader = "X-EarlyHelp-Notification";

    public async Task<SinkResult> SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var settings = options.CurrentValue;
        if (!settings.Recipients.TryGetValue(notification.Recipient, out var address) || string.IsNullOrWhiteSpace(address))
        {
            return SinkResult.Failed("The recipient has no email address: add their user id to Notifications:Recipients.");
        }

        if (!MailAddress.TryCreate(address, out var to))
        {
            return SinkResult.Failed("The recipient's email address in Notifications:Recipients is not a valid address.");
        }

        if (!MailAddress.TryCreate(settings.Smtp.From, out var from))
        {
            return SinkResult.Failed("Notifications:Smtp:From is not a valid address.");
        }

        using var message = new MailMessage(from, to)
        {
            Subject = notification.Subject,
            Body = notification.Body,
            IsBodyHtml = false,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        message.Headers.Add(NotificationIdHeader, notification.Id.ToString());
        using var client = NewClient(settings.Smtp);
        // SmtpClient.Timeout only applies to the synchronous Send; the asynchronous one needs a token.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Smtp.Timeout);
        try
        {
            await client.SendMailAsync(message, timeout.Token);
            return SinkResult.Sent;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SinkResult.Failed($"The mail server did not accept the message within {settings.Smtp.Timeout.TotalSeconds:0} seconds.");
        }
        catch (SmtpFailedRecipientException exception)
        {
            return SinkResult.Failed($"The mail server refused the recipient ({exception.StatusCode}).");
        }
        catch (SmtpException exception) when (Unreachable(exception) is { } socketError)
        {
            return SinkResult.Failed($"Could not reach the mail server ({socketError}).");
        }
        catch (SmtpException exception)
        {
            return SinkResult.Failed($"The mail server refused the message ({exception.StatusCode}{Cause(exception)}).");
        }
        catch (Exception exception) when (exception is IOException or SocketException or System.Security.Authentication.AuthenticationException)
        {
            return SinkResult.Failed($"The connection to the mail server failed ({exception.GetType().Name}).");
        }
    }

    private static SmtpClient NewClient(SmtpOptions smtp)
    {
        var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = smtp.EnableSsl,
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        return client;
    }

    private static SocketError? Unreachable(SmtpException exception) =>
        exception.InnerException is SocketException socket ? socket.SocketErrorCode : null;

    private static string Cause(SmtpException exception) =>
        exception.InnerException is { } inner ? ", " + inner.GetType().Name : "";
}
