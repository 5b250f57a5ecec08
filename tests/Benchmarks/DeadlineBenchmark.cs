using System.Diagnostics;
using System.Globalization;
using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Deadlines;

namespace EarlyHelp.Benchmarks;

/// <summary>
/// The deadlines and statuses of many open cases, as the daily timeliness check computes them (computing
/// only; loading the cases is measured with the check itself).
/// </summary>
internal static class DeadlineBenchmark
{
    public static int Run(int cases)
    {
        var calendar = WorkingDayCalendar.EnglandAndWales();
        Case[] shapes = [Shape(0), Shape(1), Shape(2), Shape(3)];
        var now = new DateTimeOffset(2026, 8, 5, 9, 0, 0, TimeSpan.Zero);
        var counted = new int[Enum.GetValues<DeadlineStatus>().Length];
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < cases; i++)
        {
            foreach (var deadline in CaseDeadlines.For(shapes[i % shapes.Length], Timescales.Default, calendar))
            {
                counted[(int)deadline.StatusAt(now)]++;
            }
        }

        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cases               {cases:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"deadlines           {counted.Sum():N0} ({string.Join(", ", Enum.GetValues<DeadlineStatus>().Select(s => $"{s} {counted[(int)s]:N0}"))})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time                {watch.Elapsed.TotalMilliseconds:F0} ms on one thread"));
        return 0;
    }

    private static Case Shape(int stage)
    {
        var triage = new Actor("t1", ActorRole.TriageOfficer);
        var lead = new Actor("lp1", ActorRole.LeadPractitioner);
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var enquiry = new Enquiry(Guid.NewGuid(), new Referrer(AgencyType.School, "School", null), at, ["parenting"], LevelOfNeed.Complex, Urgency.Standard, EnquiryConsent.Given);
        var c = Case.Open(Guid.NewGuid(), new CaseOpened(Guid.NewGuid(), [Guid.NewGuid()], "north", enquiry, null), triage, at, []).Case!;
        if (stage >= 1)
        {
            c.DecideTriage(new TriageDecided(TriageOutcome.EarlyHelp, LevelOfNeed.Complex, "Needs a TAF"), triage, at.AddDays(2));
            c.AllocateLeadPractitioner(new LeadPractitionerAllocated("lp1", "north"), new Actor("tm1", ActorRole.TeamManager), at.AddDays(7));
            c.RecordConsent(new ConsentRecorded(ConsentStatus.Given, ConsentGiver.Parent, null), lead, at.AddDays(8));
        }

        if (stage >= 2)
        {
            c.StartAssessment(new AssessmentStarted(null), lead, at.AddDays(9));
            c.RecordOutcomeReadings(new OutcomeReadingsRecorded("Family outcomes", [new DomainScore("Routines", 4)]), lead, at.AddDays(20));
        }

        if (stage >= 3)
        {
            c.CompleteAssessment(new AssessmentCompleted(LevelOfNeed.Complex, ["parenting"], [new PlanAction(Guid.NewGuid(), "Parenting course", "Family hub", new DateOnly(2026, 6, 1), PlanActionStatus.Open)]), lead, at.AddDays(30));
            c.HoldTafMeeting(new TafMeetingHeld(new DateOnly(2026, 4, 20), [AgencyType.School], true, null), lead, at.AddDays(50));
        }

        return c;
    }
}
