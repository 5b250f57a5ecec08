using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Measures;
using static EarlyHelp.Workflows.Tests.Measures.Episode;

namespace EarlyHelp.Workflows.Tests.Measures;

/// <summary>
/// A hand-built history of six episodes in two localities over the year 2026-27, each step on a named day, so
/// every measure can be worked out by hand in the tests. Bank holidays in it: 31 Aug, 25 and 28 Dec 2026, 1 Jan 2027.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term>A (north, child A1)</term><description>School enquiry Mon 1 Jun (Q1); another enquiry added Wed 10 Jun from
/// health; triage Early Help, complex, Tue 2 Jun; allocated Mon 8 Jun (5 working days); consent and EHA started Mon 15 Jun
/// (5); readings Home 3, School 2; CSE screening of A1, low; EHA completed Mon 29 Jun (10), additional; TAF meeting Mon 13
/// Jul (10, Q2); readings Mon 14 Sep Home 4, School 3 (improving); closure asked Tue 29 Sep (outcomes met), signed off Wed
/// 30 Sep: the last day of Q2. Exit survey Thu 1 Oct (Q3): respect agree, listened agree, helped neutral.</description></item>
/// <item><term>B (north, child A1 again)</term><description>Health enquiry Thu 1 Oct (Q3), the day after A closed: re-opened
/// within 3 months. Triage Fri 2 Oct: no further action. Never reached an EHA.</description></item>
/// <item><term>C (south, children C1 and C2)</term><description>Police enquiry Mon 6 Jul (Q2); triage Early Help, complex, Tue 7
/// Jul; allocated Mon 13 Jul (5); consent and EHA started Mon 20 Jul (5); CSE screenings C2 medium Tue 21 Jul, C1 high Wed 22
/// Jul; stepped up Thu 23 Jul (complex at allocation and at step-up). Step-down asked Mon 26 Oct, declined by the panel Mon 2
/// Nov; asked again Tue 3 Nov, accepted Mon 9 Nov, consent Mon 9 Nov, stepped down Tue 10 Nov (Q3) at level additional;
/// EHA started Tue 17 Nov (5 from the step-down), readings Home 5; EHA completed Tue 15 Dec (20), additional; TAF meeting Tue
/// 5 Jan 2027 (12 over Christmas, Q4); readings Wed 6 Jan Home 4 (worse). Still open on 31 Mar 2027.</description></item>
/// <item><term>D (south, child D1)</term><description>The family's own enquiry Mon 4 Jan 2027 (Q4); triage Early Help, additional,
/// Tue 5 Jan; allocated Tue 12 Jan (6); consent Tue 12 Jan, EHA started Mon 18 Jan (4); consent withdrawn Mon 25 Jan;
/// closure asked (consent withdrawn) Tue 26 Jan, signed off Wed 27 Jan. Exit survey Thu 28 Jan: respect agree, listened
/// disagree, helped not answered.</description></item>
/// <item><term>E (north, child E1)</term><description>Early years enquiry Wed 1 Apr 2026 (Q1); triage Thu 2 Apr: signposted.</description></item>
/// <item><term>F (north, children E1 and F2)</term><description>Voluntary sector enquiry Mon 2 Nov (Q3), 7 months after E
/// closed: a re-referral within 12 months, not 3. Triage Early Help, complex, Tue 3 Nov; allocated Mon 9 Nov (5); closure
/// asked (moved away) Mon 16 Nov, signed off Tue 17 Nov: allocated but never assessed.</description></item>
/// </list>
/// </remarks>
internal static class SmallCouncil
{
    public static readonly FinancialYear Year = new(2026);

    public static readonly Guid ChildA1 = Guid.NewGuid();

    public static ReportPeriod Q1 => new(Year, 1);

    public static ReportPeriod Q2 => new(Year, 2);

    public static ReportPeriod Q3 => new(Year, 3);

    public static ReportPeriod Q4 => new(Year, 4);

    public static ReportPeriod WholeYear => ReportPeriod.WholeYear(Year);

    public static IReadOnlyList<Episode> Episodes { get; } = Build();

    /// <summary>The report over the six episodes, made on <paramref name="asOf"/> (after the year by default).</summary>
    public static MeasureReport Report(DateOnly? asOf = null)
    {
        var accumulator = new MeasureAccumulator(WorkingDayCalendar.EnglandAndWales(), asOf ?? new DateOnly(2027, 4, 30));
        foreach (var episode in Episodes)
        {
            accumulator.Add(episode.History);
        }

        return accumulator.Complete();
    }

    private static Episode[] Build()
    {
        Guid c1 = Guid.NewGuid(), c2 = Guid.NewGuid(), d1 = Guid.NewGuid(), e1 = Guid.NewGuid(), f2 = Guid.NewGuid();
        var a = Opened("north", [ChildA1], AgencyType.School, On(2026, 6, 1))
            .Triaged(On(2026, 6, 2), TriageOutcome.EarlyHelp, LevelOfNeed.Complex)
            .Allocated(On(2026, 6, 8))
            .EnquiryAdded(On(2026, 6, 10), AgencyType.Health)
            .ConsentGiven(On(2026, 6, 15))
            .AssessmentStarted(On(2026, 6, 15))
            .OutcomeReadings(On(2026, 6, 15), ("Home", 3), ("School", 2))
            .CseScreened(On(2026, 6, 15), ChildA1, CseRisk.Low)
            .AssessmentCompleted(On(2026, 6, 29), LevelOfNeed.Additional)
            .TafMeetingHeld(On(2026, 7, 13))
            .OutcomeReadings(On(2026, 9, 14), ("Home", 4), ("School", 3))
            .ClosureRequested(On(2026, 9, 29), ClosureReason.OutcomesMet)
            .ClosureSignedOff(On(2026, 9, 30))
            .ExitSurvey(On(2026, 10, 1), SurveyAnswer.Agree, SurveyAnswer.Agree, SurveyAnswer.Neutral);
        var b = Opened("north", [ChildA1], AgencyType.Health, On(2026, 10, 1))
            .Triaged(On(2026, 10, 2), TriageOutcome.NoFurtherAction, LevelOfNeed.Additional);
        var c = Opened("south", [c1, c2], AgencyType.Police, On(2026, 7, 6))
            .Triaged(On(2026, 7, 7), TriageOutcome.EarlyHelp, LevelOfNeed.Complex)
            .Allocated(On(2026, 7, 13))
            .ConsentGiven(On(2026, 7, 20))
            .AssessmentStarted(On(2026, 7, 20))
            .CseScreened(On(2026, 7, 21), c2, CseRisk.Medium)
            .CseScreened(On(2026, 7, 22), c1, CseRisk.High)
            .SteppedUp(On(2026, 7, 23))
            .StepDownRequested(On(2026, 10, 26), 1)
            .PanelDecided(On(2026, 11, 2), 1, PanelOutcome.Decline)
            .StepDownRequested(On(2026, 11, 3), 2)
            .PanelDecided(On(2026, 11, 9), 2, PanelOutcome.AcceptToLocality)
            .ConsentGiven(On(2026, 11, 9))
            .SteppedDown(On(2026, 11, 10), 2, LevelOfNeed.Additional)
            .AssessmentStarted(On(2026, 11, 17))
            .OutcomeReadings(On(2026, 11, 17), ("Home", 5))
            .AssessmentCompleted(On(2026, 12, 15), LevelOfNeed.Additional)
            .TafMeetingHeld(On(2027, 1, 5))
            .OutcomeReadings(On(2027, 1, 6), ("Home", 4));
        var d = Opened("south", [d1], AgencyType.Family, On(2027, 1, 4))
            .Triaged(On(2027, 1, 5), TriageOutcome.EarlyHelp, LevelOfNeed.Additional)
            .Allocated(On(2027, 1, 12))
            .ConsentGiven(On(2027, 1, 12))
            .AssessmentStarted(On(2027, 1, 18))
            .ConsentWithdrawn(On(2027, 1, 25))
            .ClosureRequested(On(2027, 1, 26), ClosureReason.ConsentWithdrawn)
            .ClosureSignedOff(On(2027, 1, 27))
            .ExitSurvey(On(2027, 1, 28), SurveyAnswer.Agree, SurveyAnswer.Disagree, SurveyAnswer.NotAnswered);
        var e = Opened("north", [e1], AgencyType.EarlyYears, On(2026, 4, 1))
            .Triaged(On(2026, 4, 2), TriageOutcome.Signpost, LevelOfNeed.Universal);
        var f = Opened("north", [e1, f2], AgencyType.VoluntarySector, On(2026, 11, 2))
            .Triaged(On(2026, 11, 3), TriageOutcome.EarlyHelp, LevelOfNeed.Complex)
            .Allocated(On(2026, 11, 9))
            .ClosureRequested(On(2026, 11, 16), ClosureReason.MovedAway)
            .ClosureSignedOff(On(2026, 11, 17));
        return [a, b, c, d, e, f];
    }
}
