using System.Text.Json;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// The measures of the Early Help performance framework (DESIGN.md, "Performance framework"; the wording follows
/// Derby's framework reports and Doncaster's process measures), in the order reports list them. Each measure's
/// rule (what is counted, the numerator, the denominator, the date that decides the period) is in
/// docs/measures.md and on the rule class named in its remarks.
/// </summary>
public static class PerformanceFramework
{
    // First: the measures' breakdowns below are made from it as they are initialised, in textual order.
    private static readonly LevelOfNeed[] Levels = Enum.GetValues<LevelOfNeed>();

    /// <summary>Enquiries received, including those added to an open case; by the day received (<c>EnquiryMeasures</c>).</summary>
    public static Measure EnquiriesReceived { get; } = new("enquiries-received", "Enquiries received", MeasureGroup.HowMuch, MeasureKind.Count);

    /// <summary>Enquiries received by the referrer's kind of agency.</summary>
    public static Measure EnquiriesBySource { get; } = new("enquiries-by-source", "Enquiries received by source", MeasureGroup.HowMuch, MeasureKind.Count, Words<AgencyType>());

    /// <summary>Cases open at the end of the period (<c>OpenCaseMeasures</c>).</summary>
    public static Measure OpenCasesAtEnd { get; } = new("open-cases-at-end", "Open cases at the end of the period", MeasureGroup.HowMuch, MeasureKind.Count);

    /// <summary>Cases open at any point in the period.</summary>
    public static Measure OpenCasesAtAnyPoint { get; } = new("open-cases-at-any-point", "Cases open at any point in the period", MeasureGroup.HowMuch, MeasureKind.Count);

    /// <summary>Early Help Assessments started (<c>AssessmentMeasures</c>).</summary>
    public static Measure EhasStarted { get; } = new("ehas-started", "Early Help Assessments started", MeasureGroup.HowMuch, MeasureKind.Count);

    /// <summary>Early Help Assessments completed with a family plan.</summary>
    public static Measure EhasCompleted { get; } = new("ehas-completed", "Early Help Assessments completed with a family plan", MeasureGroup.HowMuch, MeasureKind.Count);

    /// <summary>Outcome measure readings (spider graph, Outcome Star or the council's own) completed (<c>OutcomeReadingMeasures</c>).</summary>
    public static Measure OutcomeReadingsCompleted { get; } = new("outcome-readings-completed", "Outcome measure readings completed", MeasureGroup.HowMuch, MeasureKind.Count);

    /// <summary>Exit surveys ("How was it for you") received (<c>ExitSurveyMeasures</c>).</summary>
    public static Measure ExitSurveysReceived { get; } = new("exit-surveys-received", "Exit surveys received", MeasureGroup.HowMuch, MeasureKind.Count);

    /// <summary>CSE screenings recorded (<c>CseScreeningMeasures</c>).</summary>
    public static Measure CseScreenings { get; } = new("cse-screenings", "CSE screenings", MeasureGroup.HowMuch, MeasureKind.Count);

    /// <summary>CSE screenings judged medium or high risk, out of the screenings.</summary>
    public static Measure CseScreeningsMediumOrHigh { get; } = new("cse-screenings-medium-or-high", "CSE screenings judged medium or high risk", MeasureGroup.HowMuch, MeasureKind.Rate);

    /// <summary>Average working days from enquiry to allocation (<c>TimelinessMeasures</c>).</summary>
    public static Measure DaysEnquiryToAllocation { get; } = new("working-days-enquiry-to-allocation", "Average working days from enquiry to allocation", MeasureGroup.HowWell, MeasureKind.Average);

    /// <summary>Average working days from allocation to the start of the EHA.</summary>
    public static Measure DaysAllocationToEhaStart { get; } = new("working-days-allocation-to-eha-start", "Average working days from allocation to start of EHA", MeasureGroup.HowWell, MeasureKind.Average);

    /// <summary>Average working days from the start of the EHA to the EHA completed with a family plan.</summary>
    public static Measure DaysEhaStartToEhaCompleted { get; } = new("working-days-eha-start-to-eha-completed", "Average working days from start of EHA to EHA completed with a family plan", MeasureGroup.HowWell, MeasureKind.Average);

    /// <summary>Average working days from the EHA completed to the first TAF meeting.</summary>
    public static Measure DaysEhaCompletedToTafMeeting { get; } = new("working-days-eha-completed-to-taf-meeting", "Average working days from completed EHA to the TAF meeting", MeasureGroup.HowWell, MeasureKind.Average);

    /// <summary>New episodes re-opened within 3 months of a closure for the same child, out of new episodes (<c>ReReferralMeasures</c>).</summary>
    public static Measure ReopenedWithin3Months { get; } = new("reopened-within-3-months", "Cases re-opened within 3 months of closure", MeasureGroup.HowWell, MeasureKind.Rate);

    /// <summary>New episodes re-referred within 12 months of a closure for the same child, out of new episodes.</summary>
    public static Measure ReReferredWithin12Months { get; } = new("rereferred-within-12-months", "Re-referrals within 12 months of closure", MeasureGroup.HowWell, MeasureKind.Rate);

    /// <summary>Exit surveys saying the family was treated with respect, out of those answering.</summary>
    public static Measure TreatedWithRespect { get; } = new("exit-survey-treated-with-respect", "Exit surveys: treated with respect", MeasureGroup.HowWell, MeasureKind.Rate);

    /// <summary>Exit surveys saying workers listened, out of those answering.</summary>
    public static Measure ListenedTo { get; } = new("exit-survey-listened-to", "Exit surveys: workers listened", MeasureGroup.HowWell, MeasureKind.Rate);

    /// <summary>Exit surveys saying the family was helped with the issues identified, out of those answering.</summary>
    public static Measure HelpedWithIssues { get; } = new("exit-survey-helped-with-issues", "Exit surveys: helped with identified issues", MeasureGroup.HowWell, MeasureKind.Rate);

    /// <summary>Episodes closed, stepped-up ones included (<c>EndingMeasures</c>).</summary>
    public static Measure CasesClosed { get; } = new("cases-closed", "Cases closed", MeasureGroup.HowWell, MeasureKind.Count);

    /// <summary>Episodes closed, by closure reason.</summary>
    public static Measure CasesClosedByReason { get; } = new("cases-closed-by-reason", "Cases closed by reason", MeasureGroup.HowWell, MeasureKind.Count, Words<ClosureReason>());

    /// <summary>Outcome readings whose direction of travel is improving, out of the readings with a direction (<c>OutcomeReadingMeasures</c>).</summary>
    public static Measure OutcomeReadingsImproving { get; } = new("outcome-readings-improving", "Outcome readings with an improving direction of travel", MeasureGroup.Impact, MeasureKind.Rate);

    /// <summary>Cases stepped up to children's social care (<c>EndingMeasures</c>).</summary>
    public static Measure SteppedUp { get; } = new("stepped-up", "Cases stepped up to social care", MeasureGroup.Impact, MeasureKind.Count);

    /// <summary>Step-ups out of the cases open at any point in the period.</summary>
    public static Measure SteppedUpOfOpenCases { get; } = new("stepped-up-of-open-cases", "Cases stepped up to social care, of cases open at any point", MeasureGroup.Impact, MeasureKind.Rate);

    /// <summary>Step-ups out of the closures in the period.</summary>
    public static Measure SteppedUpOfClosures { get; } = new("stepped-up-of-closures", "Cases stepped up to social care, of cases closed", MeasureGroup.Impact, MeasureKind.Rate);

    /// <summary>Cases stepped down from social care into Early Help (<c>StepDownMeasures</c>).</summary>
    public static Measure SteppedDown { get; } = new("stepped-down", "Cases stepped down to Early Help", MeasureGroup.Impact, MeasureKind.Count);

    /// <summary>Step-down requests the panel accepted into a locality, out of the panel's decisions.</summary>
    public static Measure StepDownsAccepted { get; } = new("step-down-requests-accepted", "Step-down requests accepted by the panel", MeasureGroup.Impact, MeasureKind.Rate);

    /// <summary>Closed episodes by level of need at allocation and at closure, e.g. "complex-to-additional" (<c>EndingMeasures</c>).</summary>
    public static Measure LevelAtAllocationAgainstClosure { get; } = new("level-of-need-allocation-to-closure", "Level of need at allocation against closure", MeasureGroup.Impact, MeasureKind.Count, LevelPairs());

    /// <summary>Closed episodes whose level of need at closure is lower than at allocation, out of closed episodes that were allocated.</summary>
    public static Measure LevelLowerAtClosure { get; } = new("level-of-need-lower-at-closure", "Level of need lower at closure than at allocation", MeasureGroup.Impact, MeasureKind.Rate);

    /// <summary>Every measure, in report order.</summary>
    public static IReadOnlyList<Measure> All { get; } = Number(
    [
        EnquiriesReceived, EnquiriesBySource, OpenCasesAtEnd, OpenCasesAtAnyPoint, EhasStarted, EhasCompleted,
        OutcomeReadingsCompleted, ExitSurveysReceived, CseScreenings, CseScreeningsMediumOrHigh,
        DaysEnquiryToAllocation, DaysAllocationToEhaStart, DaysEhaStartToEhaCompleted, DaysEhaCompletedToTafMeeting,
        ReopenedWithin3Months, ReReferredWithin12Months, TreatedWithRespect, ListenedTo, HelpedWithIssues,
        CasesClosed, CasesClosedByReason,
        OutcomeReadingsImproving, SteppedUp, SteppedUpOfOpenCases, SteppedUpOfClosures, SteppedDown, StepDownsAccepted,
        LevelAtAllocationAgainstClosure, LevelLowerAtClosure,
    ]);

    /// <summary>The measure with this key, or null.</summary>
    /// <param name="key">The key.</param>
    public static Measure? Find(string key) => All.FirstOrDefault(m => m.Key == key);

    /// <summary>How many cells a tally row holds: every measure's figures, a numerator and a denominator for rates and averages.</summary>
    internal static int Cells { get; private set; }

    /// <summary>An enum member as the reports write it, as the history does: kebab-case.</summary>
    internal static string Word<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The breakdown index of a level-of-need pair in <see cref="LevelAtAllocationAgainstClosure"/>.</summary>
    internal static int LevelPair(LevelOfNeed atAllocation, LevelOfNeed atClosure) =>
        (((int)atAllocation - 1) * Levels.Length) + ((int)atClosure - 1);

    private static string[] Words<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(Word)];

    private static string[] LevelPairs() =>
        [.. Levels.SelectMany(from => Levels.Select(to => $"{Word(from)}-to-{Word(to)}"))];

    private static Measure[] Number(Measure[] measures)
    {
        var cell = 0;
        foreach (var measure in measures)
        {
            measure.FirstCell = cell;
            cell += measure.Width * (measure.Kind == MeasureKind.Count ? 1 : 2);
        }

        Cells = cell;
        return measures;
    }
}
