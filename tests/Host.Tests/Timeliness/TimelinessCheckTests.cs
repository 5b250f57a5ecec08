using EarlyHelp.Host.StepDownPanel;
using EarlyHelp.Host.Tests.Cases;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Host.Timeliness;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EarlyHelp.Host.Tests.Timeliness;

/// <summary>The daily timeliness check stores each case's deadlines, marks them, and sends each team manager one digest.</summary>
public abstract class TimelinessCheckTests(string provider) : IAsyncLifetime
{
    // The journey's enquiry arrives on Thursday 2 April 2026; three working days after Easter: due Thursday 9 April.
    private static readonly DateTimeOffset Monday20April = new(2026, 4, 20, 7, 0, 0, TimeSpan.Zero);
    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private readonly Journey _journey = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _host = TestHost.Start(_database, ("Teams:north:Managers:0", "tm-1"), ("Teams:north:Managers:1", "tm-2"));
        await _database.NewStore().AddFamilyAsync(_journey.Family, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task An_enquiry_not_triaged_in_three_working_days_is_breached_and_each_manager_gets_a_digest_naming_the_case()
    {
        var waiting = await SaveAsync(_journey.Open());

        var run = await Check.RunAsync(Monday20April, CancellationToken.None);

        Assert.Equal((1, 1, 3), (run.CasesRebuilt, run.TurnedAmberOrBreached, run.DigestsQueued));
        var triage = await _host.QueryAsync(db => db.CaseDeadlines.SingleAsync(d => d.CaseId == waiting.Id && d.Kind == "Triage"));
        Assert.Equal(("breached", new DateOnly(2026, 4, 9)), (triage.Status, triage.DueOn));
        var digests = await _host.QueryAsync(db => db.Notifications.Where(n => n.Kind == NotificationKinds.TimelinessDigest).OrderBy(n => n.Recipient).ToListAsync());
        // The seeded team manager of the north team, and the two configuration names.
        Assert.Equal(["manager-north", "tm-1", "tm-2"], digests.Select(d => d.Recipient));
        Assert.All(digests, d => Assert.Contains(EarlyHelp.Host.Cases.CaseReference.Of(waiting.Id), d.Body, StringComparison.Ordinal));
        Assert.All(digests, d => Assert.DoesNotContain("Example", d.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Checking_twice_in_a_day_rebuilds_no_unchanged_case_and_sends_no_second_digest()
    {
        await SaveAsync(_journey.Open());
        await Check.RunAsync(Monday20April, CancellationToken.None);

        var again = await Check.RunAsync(Monday20April.AddHours(2), CancellationToken.None);

        Assert.Equal((0, 0), (again.CasesRebuilt, again.TurnedAmberOrBreached));
        Assert.Equal(3, await _host.QueryAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKinds.TimelinessDigest)));
    }

    [Fact]
    public async Task A_late_triage_decision_is_recorded_as_met_late_and_the_next_deadline_starts()
    {
        var opened = await SaveAsync(_journey.Open());
        await Check.RunAsync(Monday20April, CancellationToken.None);
        var triaged = (await _database.NewStore().FindCaseAsync(opened.Id, CancellationToken.None))!;
        Journey.Accept(triaged.DecideTriage(new TriageDecided(TriageOutcome.EarlyHelp, LevelOfNeed.Complex, "Needs a TAF"), Journey.Triage, Monday20April.AddHours(1)));
        await _database.NewStore().SaveCaseAsync(triaged, CancellationToken.None);

        var run = await Check.RunAsync(Monday20April.AddHours(3), CancellationToken.None);

        Assert.Equal(1, run.CasesRebuilt);
        var deadlines = await _host.QueryAsync(db => db.CaseDeadlines.Where(d => d.CaseId == opened.Id).ToDictionaryAsync(d => d.Kind, d => d.Status));
        Assert.Equal("met-late", deadlines["Triage"]);
        Assert.Equal("on-track", deadlines["Allocation"]);
    }

    [Fact]
    public async Task A_deadline_keeps_the_dates_it_was_first_computed_with()
    {
        var opened = await SaveAsync(_journey.Open());
        await Check.RunAsync(Monday20April, CancellationToken.None);
        var first = await _host.QueryAsync(db => db.CaseDeadlines.AsNoTracking().SingleAsync(d => d.CaseId == opened.Id));
        var changed = (await _database.NewStore().FindCaseAsync(opened.Id, CancellationToken.None))!;
        Journey.Accept(changed.RecordCseScreening(new CseScreeningRecorded(changed.ChildIds[0], CseRisk.Low), Journey.Practitioner, Monday20April.AddHours(1)));
        await _database.NewStore().SaveCaseAsync(changed, CancellationToken.None);

        await Check.RunAsync(Monday20April.AddHours(2), CancellationToken.None);

        var after = await _host.QueryAsync(db => db.CaseDeadlines.AsNoTracking().SingleAsync(d => d.CaseId == opened.Id));
        Assert.Equal((first.DueOn, first.CalendarVersion, first.BreachedFrom), (after.DueOn, after.CalendarVersion, after.BreachedFrom));
    }

    [Fact]
    public async Task An_unchanged_case_s_deadline_turns_amber_then_breached_on_later_checks_and_each_turn_is_reported_once()
    {
        var opened = await SaveAsync(_journey.Open());
        var receivedAt = opened.Enquiries[0].ReceivedAt;
        await Check.RunAsync(receivedAt.AddMinutes(5), CancellationToken.None);
        var stored = await _host.QueryAsync(db => db.CaseDeadlines.AsNoTracking().SingleAsync(d => d.CaseId == opened.Id));
        Assert.Equal("on-track", stored.Status);
        var amberFrom = new DateTimeOffset(stored.AmberFrom, TimeSpan.Zero);
        var breachedFrom = new DateTimeOffset(stored.BreachedFrom, TimeSpan.Zero);

        var beforeAmber = await Check.RunAsync(amberFrom.AddMinutes(-1), CancellationToken.None);
        var atAmber = await Check.RunAsync(amberFrom.AddMinutes(1), CancellationToken.None);
        var amberAgain = await Check.RunAsync(amberFrom.AddMinutes(2), CancellationToken.None);
        var atBreach = await Check.RunAsync(breachedFrom.AddMinutes(1), CancellationToken.None);

        Assert.Equal((0, 0), (beforeAmber.CasesRebuilt, beforeAmber.TurnedAmberOrBreached));
        Assert.Equal((0, 1), (atAmber.CasesRebuilt, atAmber.TurnedAmberOrBreached));
        Assert.Equal(0, amberAgain.TurnedAmberOrBreached);
        Assert.Equal((0, 1), (atBreach.CasesRebuilt, atBreach.TurnedAmberOrBreached));
        Assert.Equal("breached", await _host.QueryAsync(db => db.CaseDeadlines.Where(d => d.CaseId == opened.Id).Select(d => d.Status).SingleAsync()));
    }

    private TimelinessCheck Check => _host.Services.GetRequiredService<TimelinessCheck>();

    private async Task<Case> SaveAsync(Case c)
    {
        await _database.NewStore().SaveCaseAsync(c, CancellationToken.None);
        return c;
    }
}

public sealed class SqliteTimelinessCheckTests() : TimelinessCheckTests("sqlite");

public sealed class PostgresTimelinessCheckTests() : TimelinessCheckTests("postgresql");
