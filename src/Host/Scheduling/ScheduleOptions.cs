using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>
/// The "Scheduling" section: when the recurring jobs run, as cron expressions read on the council's clock
/// (Europe/London by default), so a clock change neither skips nor doubles a daily or weekly run.
/// </summary>
internal sealed class ScheduleOptions
{
    public const string Section = "Scheduling";

    /// <summary>The weekly step-down panel agenda: Monday 09:00 by default.</summary>
    public string PanelAgendaCron { get; set; } = "0 0 9 ? * MON";

    /// <summary>The daily reconciliation of Quartz triggers with the timers table: 03:15 by default.</summary>
    public string DailyReconciliationCron { get; set; } = "0 15 3 * * ?";

    /// <summary>The daily timeliness check: 07:00 by default, before the working day.</summary>
    public string TimelinessCheckCron { get; set; } = "0 0 7 * * ?";

    /// <summary>The time zone the cron expressions are read in.</summary>
    public string TimeZone { get; set; } = "Europe/London";

    public CronExpression PanelAgenda() => Cron(PanelAgendaCron);

    public CronExpression DailyReconciliation() => Cron(DailyReconciliationCron);

    public CronExpression TimelinessCheck() => Cron(TimelinessCheckCron);

    private CronExpression Cron(string expression) => new(expression, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
}
