using EarlyHelp.Host.Notifications;

namespace EarlyHelp.Host.Tests.Notifications;

public sealed class NotificationBackOffTests
{
    [Fact]
    public void The_wait_after_each_failed_attempt_doubles_from_one_minute_up_to_an_hour()
    {
        var minutes = Enumerable.Range(1, 9).Select(attempts => NotificationDelivery.BackOff(attempts).TotalMinutes);

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], minutes);
    }
}
