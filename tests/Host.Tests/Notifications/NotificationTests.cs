using EarlyHelp.Host.Notifications;
using EarlyHelp.Host.Persistence.Rows;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Workflows.Ports;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Tests.Notifications;

/// <summary>The notifications outbox, its delivery and the in-app list, run once on SQLite and once on PostgreSQL.</summary>
public abstract class NotificationTests(string provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid CaseId = Guid.Parse("6f1c1c53-8f0a-4f5e-9a6e-0d3c2b1a0e11");
    private readonly FakeClock _clock = new(Start);
    private readonly CountingSink _sink = new();
    private readonly List<NotificationHost> _hosts = [];
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await _database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Queueing_the_same_key_twice_keeps_the_first()
    {
        var host = StartHost();

        await host.Notifications.QueueAsync(Reminder("review:case-1", "lp-1", "First"), CancellationToken.None);
        await host.Notifications.QueueAsync(Reminder("review:case-1", "lp-1", "Second"), CancellationToken.None);

        var row = Assert.Single(await RowsAsync());
        Assert.Equal(("First", NotificationStatuses.Queued, 0), (row.Subject, row.Status, row.Attempts));
    }

    [Fact]
    public async Task Two_hosts_queueing_the_same_keys_at_once_keep_one_of_each()
    {
        var first = StartHost();
        var second = StartHost();
        var keys = Enumerable.Range(1, 20).Select(i => $"digest:{i}").ToList();

        await Task.WhenAll(
            Task.Run(() => QueueEachAsync(first, keys)),
            Task.Run(() => QueueEachAsync(second, keys)));

        Assert.Equal(keys.Order(StringComparer.Ordinal), (await RowsAsync()).Select(r => r.DedupKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_queued_notification_is_delivered_once_and_not_again_when_delivery_runs_again()
    {
        var host = StartHost(_sink);
        await host.Notifications.QueueAsync(Reminder("review:case-1", "lp-1", "Review due"), CancellationToken.None);

        var first = await host.Delivery.DeliverDueAsync(10, CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(1));
        var second = await host.Delivery.DeliverDueAsync(10, CancellationToken.None);

        Assert.Equal(new NotificationDeliveryRun(1, 1, 0, 0), first);
        Assert.Equal(new NotificationDeliveryRun(0, 0, 0, 0), second);
        Assert.Equal(1, _sink.Total);
        var row = Assert.Single(await RowsAsync());
        Assert.Equal((NotificationStatuses.Delivered, 1, Start.UtcDateTime), (row.Status, row.Attempts, row.DeliveredAt));
        Assert.Null(row.ClaimedBy);
    }

    [Fact]
    public async Task A_notification_queued_again_after_delivery_is_not_delivered_again()
    {
        var host = StartHost(_sink);
        await host.Notifications.QueueAsync(Reminder("review:case-1", "lp-1", "Review due"), CancellationToken.None);
        await host.DeliverAllDueAsync();

        await host.Notifications.QueueAsync(Reminder("review:case-1", "lp-1", "Review due"), CancellationToken.None);
        await host.DeliverAllDueAsync();

        Assert.Equal(1, _sink.Total);
    }

    [Fact]
    public async Task Two_hosts_delivering_at_once_deliver_each_notification_once()
    {
        _sink.Delay = TimeSpan.FromMilliseconds(2);
        var first = StartHost(_sink);
        var second = StartHost(_sink);
        for (var i = 0; i < 60; i++)
        {
            await first.Notifications.QueueAsync(Reminder($"review:{i}", "lp-1", $"Review {i}"), CancellationToken.None);
        }

        var claimed = await Task.WhenAll(
            Task.Run(() => first.DeliverAllDueAsync(batchSize: 7)),
            Task.Run(() => second.DeliverAllDueAsync(batchSize: 7)));

        Assert.Equal(60, claimed.Sum());
        Assert.Equal(60, _sink.Sends.Count);
        Assert.All(_sink.Sends.Values, count => Assert.Equal(1, count));
        Assert.All(await RowsAsync(), r => Assert.Equal((NotificationStatuses.Delivered, 1), (r.Status, r.Attempts)));
    }

    [Fact]
    public async Task A_failing_sink_is_tried_again_after_1_2_and_4_minutes_then_the_notification_is_marked_failed()
    {
        _sink.FailWith = "The test sink is down.";
        var host = StartHost(_sink, ("Notifications:MaxAttempts", "4"));
        await host.Notifications.QueueAsync(Reminder("review:case-1", "lp-1", "Review due"), CancellationToken.None);

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var run = await host.Delivery.DeliverDueAsync(10, CancellationToken.None);
            Assert.Equal(1, run.Claimed);
            var row = Assert.Single(await RowsAsync());
            Assert.Equal((attempt, "The test sink is down."), (row.Attempts, row.LastError));
            if (row.Status == NotificationStatuses.Failed)
            {
                break;
            }

            var wait = row.NextAttemptAt - _clock.GetUtcNow().UtcDateTime;
            waits.Add(wait);
            _clock.Advance(wait - TimeSpan.FromSeconds(1));
            Assert.Equal(0, (await host.Delivery.DeliverDueAsync(10, CancellationToken.None)).Claimed);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4)], waits);
        var failed = Assert.Single(await RowsAsync());
        Assert.Equal((NotificationStatuses.Failed, 4), (failed.Status, failed.Attempts));
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await host.DeliverAllDueAsync());
        Assert.Equal(4, _sink.Total);
    }

    [Fact]
    public async Task A_notification_that_failed_once_is_delivered_on_the_next_attempt_and_its_reason_cleared()
    {
        _sink.FailWith = "The test sink is down.";
        var host = StartHost(_sink);
        await host.Notifications.QueueAsync(Reminder("review:case-1", "lp-1", "Review due"), CancellationToken.None);
        Assert.Equal(new NotificationDeliveryRun(1, 0, 1, 0), await host.Delivery.DeliverDueAsync(10, CancellationToken.None));

        _sink.FailWith = null;
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(new NotificationDeliveryRun(1, 1, 0, 0), await host.Delivery.DeliverDueAsync(10, CancellationToken.None));
        var row = Assert.Single(await RowsAsync());
        Assert.Equal((NotificationStatuses.Delivered, 2, (string?)null), (row.Status, row.Attempts, row.LastError));
    }

    [Fact]
    public async Task A_sink_that_throws_counts_as_a_failed_attempt_with_the_exception_type_as_the_reason()
    {
        _sink.Throw = new InvalidOperationException("Review due for case 42");
        var host = StartHost(_sink);
        await host.Notifications.QueueAsync(Reminder("review:case-1", "lp-1", "Review due"), CancellationToken.None);

        await host.Delivery.DeliverDueAsync(10, CancellationToken.None);

        var row = Assert.Single(await RowsAsync());
        Assert.Equal((NotificationStatuses.Queued, 1), (row.Status, row.Attempts));
        Assert.Equal("The notification sink failed unexpectedly (InvalidOperationException).", row.LastError);
    }

    [Fact]
    public async Task A_notification_is_not_delivered_before_its_not_before_instant()
    {
        var host = StartHost(_sink);
        await host.Notifications.QueueAsync(
            Reminder("review:case-1", "lp-1", "Review due") with { NotBefore = Start.AddHours(2) },
            CancellationToken.None);

        _clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        var early = await host.DeliverAllDueAsync();
        _clock.Advance(TimeSpan.FromSeconds(1));
        var due = await host.DeliverAllDueAsync();

        Assert.Equal((0, 1), (early, due));
        Assert.Equal(Start.AddHours(2).UtcDateTime, Assert.Single(await RowsAsync()).DeliveredAt);
    }

    [Fact]
    public async Task A_claim_left_by_a_host_that_stopped_is_taken_over_when_it_runs_out()
    {
        var host = StartHost(_sink);
        await host.Notifications.QueueAsync(Reminder("review:case-1", "lp-1", "Review due"), CancellationToken.None);
        await using (var db = _database.NewContext())
        {
            await db.Notifications.ExecuteUpdateAsync(set => set
                .SetProperty(n => n.ClaimedBy, "a-host-that-stopped")
                .SetProperty(n => n.ClaimedUntil, Start.AddMinutes(5).UtcDateTime));
        }

        var whileHeld = await host.DeliverAllDueAsync();
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var afterwards = await host.DeliverAllDueAsync();

        Assert.Equal((0, 1), (whileHeld, afterwards));
        Assert.Equal(NotificationStatuses.Delivered, Assert.Single(await RowsAsync()).Status);
    }

    [Fact]
    public async Task The_in_app_list_shows_a_recipients_delivered_notifications_newest_first_and_only_theirs()
    {
        var host = StartHost();
        await host.Notifications.QueueAsync(Reminder("a", "lp-1", "Oldest"), CancellationToken.None);
        await host.Notifications.QueueAsync(Reminder("b", "lp-2", "Someone else's"), CancellationToken.None);
        await host.DeliverAllDueAsync();
        _clock.Advance(TimeSpan.FromMinutes(1));
        await host.Notifications.QueueAsync(Reminder("c", "lp-1", "Newest") with { CaseId = CaseId }, CancellationToken.None);
        await host.DeliverAllDueAsync();
        await host.Notifications.QueueAsync(Reminder("d", "lp-1", "Not yet delivered") with { NotBefore = Start.AddDays(1) }, CancellationToken.None);

        var list = await host.InApp.ForRecipientAsync("lp-1", unreadOnly: false, 0, 50, CancellationToken.None);

        Assert.Equal(["Newest", "Oldest"], list.Select(n => n.Subject));
        Assert.Equal((CaseId, Start.AddMinutes(1), false), (list[0].CaseId, list[0].DeliveredAt, list[0].IsRead));
        Assert.Equal(["Oldest"], (await host.InApp.ForRecipientAsync("lp-1", false, 1, 1, CancellationToken.None)).Select(n => n.Subject));
    }

    [Fact]
    public async Task Marking_read_works_only_for_the_recipient()
    {
        var host = StartHost();
        await host.Notifications.QueueAsync(Reminder("a", "lp-1", "Mine"), CancellationToken.None);
        await host.DeliverAllDueAsync();
        var mine = Assert.Single(await host.InApp.ForRecipientAsync("lp-1", true, 0, 50, CancellationToken.None));

        var bySomeoneElse = await host.InApp.MarkReadAsync("lp-2", mine.Id, CancellationToken.None);
        var stillUnread = await host.InApp.UnreadCountAsync("lp-1", CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(3));
        var byRecipient = await host.InApp.MarkReadAsync("lp-1", mine.Id, CancellationToken.None);
        var again = await host.InApp.MarkReadAsync("lp-1", mine.Id, CancellationToken.None);

        Assert.Equal((false, 1, true, true), (bySomeoneElse, stillUnread, byRecipient, again));
        Assert.Empty(await host.InApp.ForRecipientAsync("lp-1", true, 0, 50, CancellationToken.None));
        Assert.Equal(Start.AddMinutes(3), Assert.Single(await host.InApp.ForRecipientAsync("lp-1", false, 0, 50, CancellationToken.None)).ReadAt);
        Assert.Equal(0, await host.InApp.UnreadCountAsync("lp-1", CancellationToken.None));
        Assert.False(await host.InApp.MarkReadAsync("lp-1", Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task With_the_smtp_sink_a_recipient_without_an_address_fails_with_a_clear_reason()
    {
        var host = StartHost(
            null,
            ("Notifications:Sink", "smtp"),
            ("Notifications:Smtp:Host", "127.0.0.1"),
            ("Notifications:Smtp:From", "earlyhelp@council.example"),
            ("Notifications:Recipients:lp-2", "lp2@council.example"));
        await host.Notifications.QueueAsync(Reminder("a", "lp-1", "Review due"), CancellationToken.None);

        var run = await host.Delivery.DeliverDueAsync(10, CancellationToken.None);

        Assert.Equal(1, run.Retrying);
        var row = Assert.Single(await RowsAsync());
        Assert.Equal("The recipient has no email address: add their user id to Notifications:Recipients.", row.LastError);
    }

    [Fact]
    public async Task No_recipient_subject_or_body_text_appears_in_the_logs()
    {
        var logs = new CapturedLogs();
        var host = StartHost(_sink, logs);
        var secret = new Notification("review:secret-key", "lp-secret", NotificationKinds.ReviewReminder, "Subject-Secret", "Body-Secret", CaseId);
        await host.Notifications.QueueAsync(secret, CancellationToken.None);
        await host.Notifications.QueueAsync(secret, CancellationToken.None);
        await host.Notifications.QueueAsync(secret with { DeduplicationKey = "review:secret-key-2" }, CancellationToken.None);
        await host.Notifications.QueueAsync(secret with { DeduplicationKey = "review:secret-key-3" }, CancellationToken.None);
        _sink.Throw = new InvalidOperationException("Subject-Secret Body-Secret lp-secret");
        await host.Delivery.DeliverDueAsync(1, CancellationToken.None);
        _sink.Throw = null;
        _sink.FailWith = "The test sink is down.";
        await host.Delivery.DeliverDueAsync(1, CancellationToken.None);
        _sink.FailWith = null;
        await host.DeliverAllDueAsync();
        await host.InApp.ForRecipientAsync("lp-secret", false, 0, 50, CancellationToken.None);

        Assert.Contains(logs.Entries, e => e.Contains("delivered on attempt", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Contains("InvalidOperationException", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Contains("The test sink is down.", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Contains("Secret", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_notification_with_a_kind_that_is_not_a_code_word_is_refused()
    {
        var host = StartHost();

        await Assert.ThrowsAsync<ArgumentException>(() => host.Notifications.QueueAsync(Reminder("a", "lp-1", "Subject") with { Kind = "Review for Jo" }, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => host.Notifications.QueueAsync(Reminder("", "lp-1", "Subject"), CancellationToken.None));
        Assert.Empty(await RowsAsync());
    }

    private static Notification Reminder(string key, string recipient, string subject) =>
        new(key, recipient, NotificationKinds.ReviewReminder, subject, "The TAF review for case EH-1 is due in 5 working days.");

    private static async Task QueueEachAsync(NotificationHost host, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            await host.Notifications.QueueAsync(new Notification(key, "tm-1", NotificationKinds.TimelinessDigest, "Digest", "3 cases near breach."), CancellationToken.None);
        }
    }

    private NotificationHost StartHost(CountingSink? sink = null, params (string Key, string Value)[] settings) => StartHost(sink, null, settings);

    private NotificationHost StartHost(CountingSink? sink, CapturedLogs? logs, params (string Key, string Value)[] settings)
    {
        var host = NotificationHost.Start(_database, _clock, sink, settings.ToDictionary(s => s.Key, s => (string?)s.Value), logs);
        _hosts.Add(host);
        return host;
    }

    private async Task<List<NotificationRow>> RowsAsync()
    {
        await using var db = _database.NewContext();
        return await db.Notifications.AsNoTracking().OrderBy(n => n.CreatedAt).ThenBy(n => n.DedupKey).ToListAsync();
    }
}

public sealed class SqliteNotificationTests() : NotificationTests("sqlite");

public sealed class PostgresNotificationTests() : NotificationTests("postgresql");
