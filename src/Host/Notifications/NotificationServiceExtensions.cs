using EarlyHelp.Workflows.Ports;
using Microsoft.Extensions.Options;

namespace EarlyHelp.Host.Notifications;

internal static class NotificationServiceExtensions
{
    /// <summary>
    /// The notifications outbox behind <see cref="INotifications"/>, its delivery, and the in-app list.
    /// "Notifications:Sink" chooses where delivered notifications go: "in-app" (the default) or "smtp".
    /// Something must call <see cref="NotificationDelivery.DeliverDueAsync"/> from time to time.
    /// </summary>
    public static IServiceCollection AddEarlyHelpNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(NotificationOptions.Section);
        services.AddOptions<NotificationOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidation>();
        var sink = section[nameof(NotificationOptions.Sink)];
        if (sink is not null && !NotificationOptionsValidation.IsKnownSink(sink))
        {
            throw new InvalidOperationException($"Notifications:Sink must be \"{NotificationOptions.InAppSink}\" or \"{NotificationOptions.SmtpSink}\".");
        }

        if (NotificationOptionsValidation.IsSmtp(sink))
        {
            services.AddSingleton<INotificationSink, SmtpNotificationSink>();
        }
        else
        {
            services.AddSingleton<INotificationSink, InAppNotificationSink>();
        }

        services.AddSingleton<INotifications, NotificationOutbox>();
        services.AddSingleton<NotificationDelivery>();
        services.AddSingleton<InAppNotifications>();
        return services;
    }
}
