using EarlyHelp.Host.Scheduling;
using EarlyHelp.Host.StepDownPanel;
using EarlyHelp.Host.Tests.Cases;
using EarlyHelp.Host.Tests.Databases;
using EarlyHelp.Host.Tests.Hosting;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace EarlyHelp.Host.Tests.Scheduling;

/// <summary>The weekly step-down panel agenda, and the nightly reconciliation, run as Quartz jobs.</summary>
public sealed class PanelAgendaTests : IAsyncLifetime
{
    private static readonly Actor SocialWorker = new("sw-1", ActorRole.SocialWorker);
    private static readonly Actor Chair = new("chair-1", ActorRole.PanelChair);
    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private readonly Journey _journey = new();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("sqlite");
        _host = TestHost.Start(_database, ("StepDownPanel:ChairUserId", "chair-1"));
        await _database.NewStore().AddFamilyAsync(_journey.Family, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_agenda_lists_the_requests_waiting_for_the_panel_and_not_the_decided_ones()
    {
        var waiting = await CaseWithStepDownRequestAsync(decided: false);
        await CaseWithStepDownRequestAsync(decided: true);

        var items = await _host.Services.GetRequiredService<StepDownPanelAgenda>().WaitingAsync(CancellationToken.None);

        var item = Assert.Single(items);
        Assert.Equal((waiting.Id, "north", 2, "CSC-42"), (item.CaseId, item.Locality, item.Children, item.SocialCareReference));
    }

    [Fact]
    public async Task Running_the_agenda_job_twice_sends_the_chair_one_agenda()
    {
        var waiting = await CaseWithStepDownRequestAsync(decided: false);
        var scheduler = await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(SchedulingKeys.PanelAgendaJob, new JobDataMap());
        await scheduler.TriggerJob(SchedulingKeys.PanelAgendaJob, new JobDataMap());

        await _host.EventuallyAsync(db => db.Notifications.AnyAsync(n => n.Kind == NotificationKinds.PanelAgenda), TimeSpan.FromSeconds(30), "the agenda");
        await Task.Delay(TimeSpan.FromSeconds(1));
        var agendas = await _host.QueryAsync(db => db.Notifications.Where(n => n.Kind == NotificationKinds.PanelAgenda).ToListAsync());
        var agenda = Assert.Single(agendas);
        Assert.Equal("chair-1", agenda.Recipient);
        Assert.Contains(EarlyHelp.Host.Cases.CaseReference.Of(waiting.Id), agenda.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Example", agenda.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_weekly_and_nightly_triggers_are_in_the_store_after_start_up()
    {
        var scheduler = await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        Assert.True(await scheduler.Exists(SchedulingKeys.PanelAgendaTrigger));
        Assert.True(await scheduler.Exists(SchedulingKeys.DailyReconciliationTrigger));
    }

    private async Task<Case> CaseWithStepDownRequestAsync(bool decided)
    {
        var opened = _journey.Open(decided ? "Second request" : null);
        var requestId = Guid.NewGuid();
        Journey.Accept(opened.RequestStepDown(new StepDownRequested(requestId, "Risks reduced", "CSC-42"), SocialWorker, _journey.Next()));
        if (decided)
        {
            Journey.Accept(opened.RecordPanelDecision(new PanelDecisionRecorded(requestId, PanelOutcome.Decline, null, null, "Threshold still met"), Chair, _journey.Next()));
        }

        await _database.NewStore().SaveCaseAsync(opened, CancellationToken.None);
        return opened;
    }
}
