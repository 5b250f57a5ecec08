using EarlyHelp.Host.Tests.Cases;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Host.Timeliness;
using EarlyHelp.Workflows.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EarlyHelp.Host.Tests.Timeliness;

/// <summary>Review reminders go to the lead practitioner and their managers five working days before the review, once.</summary>
public sealed class ReviewRemindersTests : IAsyncLifetime
{
    // The journey's last review is held on Saturday 11 April 2026: the next is due six weeks on, Saturday 23 May.
    private static readonly DateTimeOffset Monday4May = new(2026, 5, 4, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Monday18May = new(2026, 5, 18, 6, 0, 0, TimeSpan.Zero);
    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private readonly Journey _journey = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("sqlite");
        _host = TestHost.Start(_database, ("Teams:north-team:Managers:0", "tm-9"));
        await _database.NewStore().AddFamilyAsync(_journey.Family, CancellationToken.None);
        var reviewed = _journey.Open();
        _journey.ToReview(reviewed);
        await _database.NewStore().SaveCaseAsync(reviewed, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task No_reminder_goes_before_the_five_working_days_before_the_review()
    {
        await _host.Services.GetRequiredService<TimelinessCheck>().RunAsync(Monday4May, CancellationToken.None);

        Assert.Equal(0, await Reminders.SendDueAsync(Monday4May, CancellationToken.None));
    }

    [Fact]
    public async Task The_lead_practitioner_and_the_team_manager_are_reminded_once()
    {
        await _host.Services.GetRequiredService<TimelinessCheck>().RunAsync(Monday18May, CancellationToken.None);

        await Reminders.SendDueAsync(Monday18May, CancellationToken.None);
        await Reminders.SendDueAsync(Monday18May.AddHours(3), CancellationToken.None);

        var reminders = await _host.QueryAsync(db => db.Notifications.Where(n => n.Kind == NotificationKinds.ReviewReminder).OrderBy(n => n.Recipient).ToListAsync());
        Assert.Equal([Journey.Practitioner.UserId, "tm-9"], reminders.Select(r => r.Recipient));
        Assert.All(reminders, r => Assert.Contains("2026-05-23", r.Body, StringComparison.Ordinal));
    }

    private ReviewReminders Reminders => _host.Services.GetRequiredService<ReviewReminders>();
}
