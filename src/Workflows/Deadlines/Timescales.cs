using System.Globalization;

namespace EarlyHelp.Workflows.Deadlines;

/// <summary>
/// The pathway's timescales, from which <see cref="CaseDeadlines"/> computes each case's deadlines. Every value has
/// the default of DESIGN.md, "Default timescales", and can be overridden (the Host binds it from configuration and
/// should call <see cref="Validate"/> at start-up). Immutable once built.
/// </summary>
/// <remarks>
/// <para>
/// Working days are counted with a <see cref="Calendar.WorkingDayCalendar"/> on the council's (UK) dates: the day of
/// the fact a deadline counts from is day 0 (DESIGN.md, "Working days"). Weeks are calendar weeks.
/// </para>
/// <para>
/// Each deadline has three points (see <see cref="CaseDeadline"/>): amber from, due, breached after. The assessment
/// has its own amber and breach points from DESIGN.md; for every other timescale the breach point is the due day
/// and amber starts <see cref="AmberWorkingDaysBeforeDue"/> working days before the due day.
/// </para>
/// </remarks>
public sealed record Timescales
{
    /// <summary>Enquiry to triage decision: 3 working days (DESIGN.md, "Default timescales").</summary>
    public const int DefaultTriageWorkingDays = 3;

    /// <summary>Enquiry marked urgent to triage decision: 1 working day (DESIGN.md, "Default timescales").</summary>
    public const int DefaultUrgentTriageWorkingDays = 1;

    /// <summary>Triage decision (Early Help) to lead practitioner allocated: 5 working days (DESIGN.md, "Default timescales").</summary>
    public const int DefaultAllocationWorkingDays = 5;

    /// <summary>Allocation to EHA completed with family plan, amber point: 15 working days (DESIGN.md, "Default timescales").</summary>
    public const int DefaultAssessmentAmberWorkingDays = 15;

    /// <summary>Allocation to EHA completed with family plan: due in 20 working days (DESIGN.md, "Default timescales").</summary>
    public const int DefaultAssessmentWorkingDays = 20;

    /// <summary>Allocation to EHA completed with family plan, breach point: 35 working days (DESIGN.md, "Default timescales").</summary>
    public const int DefaultAssessmentBreachWorkingDays = 35;

    /// <summary>EHA completed to first Team Around the Family meeting: 15 working days (DESIGN.md, "Default timescales").</summary>
    public const int DefaultFirstTafWorkingDays = 15;

    /// <summary>TAF reviews: every 6 calendar weeks (DESIGN.md, "Default timescales").</summary>
    public const int DefaultReviewWeeks = 6;

    /// <summary>First outcome measure readings: within 4 weeks (DESIGN.md, "Default timescales"), counted from the start of the EHA.</summary>
    public const int DefaultFirstOutcomeReadingsWeeks = 4;

    /// <summary>Outcome measure readings after the first: every 12 weeks (DESIGN.md, "Default timescales").</summary>
    public const int DefaultOutcomeReadingsWeeks = 12;

    /// <summary>Closure requested to a manager's sign-off: 5 working days (DESIGN.md, "Default timescales").</summary>
    public const int DefaultClosureSignOffWorkingDays = 5;

    /// <summary>
    /// A deadline other than the assessment turns amber from the start of the working day before its due day
    /// (DESIGN.md gives no amber point for them; this is the product's choice: "due tomorrow" is amber).
    /// </summary>
    public const int DefaultAmberWorkingDaysBeforeDue = 1;

    /// <summary>The timescales of DESIGN.md, "Default timescales".</summary>
    public static Timescales Default { get; } = new();

    /// <summary>Working days from an enquiry's receipt to the triage decision.</summary>
    public int TriageWorkingDays { get; init; } = DefaultTriageWorkingDays;

    /// <summary>Working days from an urgent enquiry's receipt to the triage decision.</summary>
    public int UrgentTriageWorkingDays { get; init; } = DefaultUrgentTriageWorkingDays;

    /// <summary>Working days from a triage decision for Early Help to the first lead practitioner allocated.</summary>
    public int AllocationWorkingDays { get; init; } = DefaultAllocationWorkingDays;

    /// <summary>Working days from allocation after which an EHA not yet completed is amber (the amber day is this working day).</summary>
    public int AssessmentAmberWorkingDays { get; init; } = DefaultAssessmentAmberWorkingDays;

    /// <summary>Working days from allocation to the EHA completed with a family plan (the due day).</summary>
    public int AssessmentWorkingDays { get; init; } = DefaultAssessmentWorkingDays;

    /// <summary>Working days from allocation after whose end an EHA not yet completed is breached.</summary>
    public int AssessmentBreachWorkingDays { get; init; } = DefaultAssessmentBreachWorkingDays;

    /// <summary>Working days from the EHA completed to the first Team Around the Family meeting.</summary>
    public int FirstTafWorkingDays { get; init; } = DefaultFirstTafWorkingDays;

    /// <summary>Calendar weeks from the first TAF meeting to the first review, and from each review to the next.</summary>
    public int ReviewWeeks { get; init; } = DefaultReviewWeeks;

    /// <summary>Calendar weeks from the start of the EHA to the first outcome measure readings.</summary>
    public int FirstOutcomeReadingsWeeks { get; init; } = DefaultFirstOutcomeReadingsWeeks;

    /// <summary>Calendar weeks from one outcome measure reading to the next.</summary>
    public int OutcomeReadingsWeeks { get; init; } = DefaultOutcomeReadingsWeeks;

    /// <summary>Working days from a closure request to a manager's sign-off.</summary>
    public int ClosureSignOffWorkingDays { get; init; } = DefaultClosureSignOffWorkingDays;

    /// <summary>
    /// For every deadline but the assessment: how many working days before the due day amber starts (0: amber on the
    /// due day only). Amber never starts before the deadline does.
    /// </summary>
    public int AmberWorkingDaysBeforeDue { get; init; } = DefaultAmberWorkingDaysBeforeDue;

    /// <summary>
    /// What is wrong with these timescales, in words an administrator can act on; empty when they can be used.
    /// Working days may be 0 (due on the day the count starts); weeks must be at least 1; the assessment's points
    /// must come in order: amber, due, breach.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        if (IsValid)
        {
            return [];
        }

        var problems = new List<string>();
        NotNegative(problems, TriageWorkingDays, nameof(TriageWorkingDays));
        NotNegative(problems, UrgentTriageWorkingDays, nameof(UrgentTriageWorkingDays));
        NotNegative(problems, AllocationWorkingDays, nameof(AllocationWorkingDays));
        NotNegative(problems, AssessmentAmberWorkingDays, nameof(AssessmentAmberWorkingDays));
        NotNegative(problems, AssessmentWorkingDays, nameof(AssessmentWorkingDays));
        NotNegative(problems, AssessmentBreachWorkingDays, nameof(AssessmentBreachWorkingDays));
        NotNegative(problems, FirstTafWorkingDays, nameof(FirstTafWorkingDays));
        NotNegative(problems, ClosureSignOffWorkingDays, nameof(ClosureSignOffWorkingDays));
        NotNegative(problems, AmberWorkingDaysBeforeDue, nameof(AmberWorkingDaysBeforeDue));
        AtLeastAWeek(problems, ReviewWeeks, nameof(ReviewWeeks));
        AtLeastAWeek(problems, FirstOutcomeReadingsWeeks, nameof(FirstOutcomeReadingsWeeks));
        AtLeastAWeek(problems, OutcomeReadingsWeeks, nameof(OutcomeReadingsWeeks));
        if (AssessmentAmberWorkingDays > AssessmentWorkingDays)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{nameof(AssessmentAmberWorkingDays)} ({AssessmentAmberWorkingDays}) must not be after {nameof(AssessmentWorkingDays)} ({AssessmentWorkingDays})"));
        }

        if (AssessmentBreachWorkingDays < AssessmentWorkingDays)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{nameof(AssessmentBreachWorkingDays)} ({AssessmentBreachWorkingDays}) must not be before {nameof(AssessmentWorkingDays)} ({AssessmentWorkingDays})"));
        }

        return problems;
    }

    /// <summary>True when <see cref="Validate"/> finds nothing; cheap enough to ask for every case.</summary>
    internal bool IsValid =>
        TriageWorkingDays >= 0 && UrgentTriageWorkingDays >= 0 && AllocationWorkingDays >= 0
        && AssessmentAmberWorkingDays >= 0 && AssessmentAmberWorkingDays <= AssessmentWorkingDays
        && AssessmentWorkingDays <= AssessmentBreachWorkingDays
        && FirstTafWorkingDays >= 0 && ClosureSignOffWorkingDays >= 0 && AmberWorkingDaysBeforeDue >= 0
        && ReviewWeeks >= 1 && FirstOutcomeReadingsWeeks >= 1 && OutcomeReadingsWeeks >= 1;

    private static void NotNegative(List<string> problems, int value, string name)
    {
        if (value < 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be 0 or more working days, not {value}"));
        }
    }

    private static void AtLeastAWeek(List<string> problems, int value, string name)
    {
        if (value < 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be 1 or more weeks, not {value}"));
        }
    }
}
