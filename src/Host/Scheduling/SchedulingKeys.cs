using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>Every Quartz job and trigger key, made in one place so nodes of a cluster agree on them.</summary>
internal static class SchedulingKeys
{
    public static readonly JobKey WorkflowTimerJob = new("workflow-timer", "workflows");

    public static readonly JobKey NotificationDeliveryJob = new("notification-delivery", "notifications");

    public static readonly TriggerKey NotificationDeliveryTrigger = new("notification-delivery-every-minute", "notifications");

    public static readonly JobKey PanelAgendaJob = new("panel-agenda", "step-down-panel");

    public static readonly TriggerKey PanelAgendaTrigger = new("panel-agenda-weekly", "step-down-panel");

    public static readonly JobKey DailyReconciliationJob = new("daily-reconciliation", "workflows");

    public static readonly TriggerKey DailyReconciliationTrigger = new("daily-reconciliation", "workflows");

    public static readonly JobKey TimelinessCheckJob = new("timeliness-check", "deadlines");

    public static readonly TriggerKey TimelinessCheckTrigger = new("timeliness-check-daily", "deadlines");

    public static TriggerKey TimerTrigger(Guid timerId) => new($"timer-{timerId:N}", "workflow-timers");
}
