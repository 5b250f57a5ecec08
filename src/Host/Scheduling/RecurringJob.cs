using Quartz;

namespace EarlyHelp.Host.Scheduling;

/// <summary>A job the scheduler runs on a schedule, as the jobs page names and describes it.</summary>
/// <param name="Key">The job's key in the scheduler.</param>
/// <param name="Trigger">The key of the trigger that holds its schedule.</param>
/// <param name="Description">What the job does, for administrators.</param>
internal sealed record RecurringJob(JobKey Key, TriggerKey Trigger, string Description)
{
    /// <summary>The job's name in the API and in the job runs: its key's name.</summary>
    public string Name => Key.Name;
}
