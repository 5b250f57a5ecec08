using System.Diagnostics;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Deadlines;
using static EarlyHelp.Workflows.Tests.Deadlines.Journey;

namespace EarlyHelp.Workflows.Tests.Deadlines;

public class DeadlinePerformanceTests
{
    /// <summary>
    /// The daily timeliness check computes the deadlines of about 100,000 open cases, with a target of 10 seconds on
    /// 2 cores for the whole check, loading included. Here on one thread, the computing alone must take a small part of
    /// that; the bound is generous so a busy build machine does not fail it.
    /// </summary>
    [Fact]
    public void The_deadlines_and_statuses_of_100000_cases_are_computed_in_well_under_ten_seconds_on_one_thread()
    {
        Case[] cases =
        [
            Opened(Uk(2026, 3, 2)).Case,
            AllocatedAt(Uk(2026, 3, 23)).Case,
            AllocatedAt(Uk(2026, 3, 23)).AssessmentStarted(Uk(2026, 3, 30)).OutcomeReadingsTaken(Uk(2026, 4, 24)).Case,
            AllocatedAt(Uk(2026, 3, 23)).AssessmentStarted(Uk(2026, 3, 30)).AssessmentCompleted(Uk(2026, 4, 22))
                .TafMeetingHeld(Uk(2026, 5, 11)).Reviewed(Uk(2026, 6, 17)).Reviewed(Uk(2026, 7, 27)).OutcomeReadingsTaken(Uk(2026, 7, 27))
                .ClosureRequested(Uk(2026, 8, 3)).Case,
        ];
        var now = Uk(2026, 8, 5);
        var counted = new int[Enum.GetValues<DeadlineStatus>().Length];

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 100_000; i++)
        {
            foreach (var deadline in CaseDeadlines.For(cases[i % cases.Length], Timescales.Default, Calendars.EnglandAndWales))
            {
                counted[(int)deadline.StatusAt(now)]++;
            }
        }

        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(0), $"100,000 cases took {watch.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(counted.Sum() > 100_000);
    }
}
