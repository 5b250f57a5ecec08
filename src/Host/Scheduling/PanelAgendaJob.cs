using EarlyHelp.Host.StepDownPanel;
using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>Sends the weekly step-down panel agenda to the chair. Running twice on one day sends one agenda.</summary>
[DisallowConcurrentExecution]
internal sealed class PanelAgendaJob(StepDownPanelAgenda agenda) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await agenda.SendAsync(cancellationToken);
}
