using System.Globalization;
using EarlyHelp.Host.Scheduling;

namespace EarlyHelp.Host.Web.Pages.Admin;

/// <summary>A job run's outcome and duration in words, the same on the jobs page and a job's runs.</summary>
internal static class JobRuns
{
    public static string Outcome(JobRunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var outcome = run.Outcome switch
        {
            JobRunOutcomes.Succeeded => "Succeeded",
            JobRunOutcomes.Failed => "Failed",
            JobRunOutcomes.Running => "Still running",
            var other => Words.Of(other),
        };
        return run.DurationSeconds is { } seconds ? $"{outcome} in {Duration(seconds)}" : outcome;
    }

    public static string Duration(double seconds) => seconds switch
    {
        < 1 => "under a second",
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(seconds)} seconds"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(seconds / 60)} min {Math.Round(seconds % 60)} s"),
    };

    public static string Reason(JobRunView run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Reason switch
        {
            JobRunReasons.Schedule => "Its timetable",
            JobRunReasons.RunNow => $"Run now by {run.RequestedBy}",
            JobRunReasons.Retry => $"Retried by {run.RequestedBy}",
            var other => Words.Of(other),
        };
    }
}
