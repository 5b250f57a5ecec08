using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Conditions;

/// <summary>
/// The catalogue of case fields a condition may name, with their types and labels: the designer's list, and
/// the switch <see cref="CaseConditionScope"/> resolves. Workflow variables are named "variables." and the
/// variable's name; their types come from the workflow's declarations (<see cref="ConditionSchema"/>).
/// </summary>
public static class ConditionFields
{
    /// <summary>The prefix of the case fields.</summary>
    public const string CasePrefix = "case.";

    /// <summary>The prefix of workflow variables: "variables.familyDeclined" names the variable "familyDeclined".</summary>
    public const string VariablePrefix = "variables.";

    internal const string StateName = "case.state";
    internal const string LevelOfNeedName = "case.levelOfNeed";
    internal const string UrgencyName = "case.urgency";
    internal const string ReferrerAgencyName = "case.referrerAgency";
    internal const string NeedsCategoriesName = "case.needsCategories";
    internal const string ConsentName = "case.consent";
    internal const string ChildCountName = "case.childCount";
    internal const string YoungestChildAgeName = "case.youngestChildAge";
    internal const string OldestChildAgeName = "case.oldestChildAge";
    internal const string HighestCseRiskName = "case.highestCseRisk";
    internal const string LocalityName = "case.locality";
    internal const string TafMeetingCountName = "case.tafMeetingCount";
    internal const string ReviewCountName = "case.reviewCount";
    internal const string EnquiryCountName = "case.enquiryCount";
    internal const string HasLeadPractitionerName = "case.hasLeadPractitioner";
    internal const string StepUpDecisionRequiredName = "case.stepUpDecisionRequired";

    /// <summary>Where the case is in its lifecycle: enquiry, allocation, assessment, team-around-family, review, stepped-up, stepped-down, closed.</summary>
    public static ConditionField State { get; } = new(StateName, ConditionType.ChoiceOf<CaseState>(ordered: false), "case state",
        "Where the case is in its lifecycle. Always set.");

    /// <summary>The current level of need, ordered universal &lt; additional &lt; complex &lt; specialist.</summary>
    public static ConditionField LevelOfNeed { get; } = new(LevelOfNeedName, ConditionType.ChoiceOf<LevelOfNeed>(ordered: true), "level of need",
        "The current level of need, from the enquiry, triage or later changes; ordered universal, additional, complex, specialist, so \"atLeast\" and \"lessThan\" work. Always set.");

    /// <summary>The urgency of the opening enquiry: standard or urgent.</summary>
    public static ConditionField Urgency { get; } = new(UrgencyName, ConditionType.ChoiceOf<Urgency>(ordered: false), "urgency",
        "How soon triage must decide on the enquiry that opened the case: standard or urgent. Always set.");

    /// <summary>The kind of agency that made the opening enquiry.</summary>
    public static ConditionField ReferrerAgency { get; } = new(ReferrerAgencyName, ConditionType.ChoiceOf<AgencyType>(ordered: false), "referrer agency",
        "The kind of agency that made the enquiry that opened the case (school, health, police, ...). Always set.");

    /// <summary>The needs categories of every enquiry on the case and of its assessment.</summary>
    public static ConditionField NeedsCategories { get; } = new(NeedsCategoriesName, ConditionType.TextList, "needs categories",
        "The council's needs category codes named by every enquiry on the case and found by its assessment (for example \"school-attendance\"); use \"contains\". Always set.");

    /// <summary>The family's consent now: not-recorded, given, partial or withdrawn.</summary>
    public static ConditionField Consent { get; } = new(ConsentName, ConditionType.ChoiceOf<ConsentStatus>(ordered: false), "consent",
        "The family's consent to Early Help now: not-recorded, given, partial or withdrawn. Always set.");

    /// <summary>The number of children the case concerns.</summary>
    public static ConditionField ChildCount { get; } = new(ChildCountName, ConditionType.Number, "number of children",
        "How many children the case concerns. Always set.");

    /// <summary>The youngest child's age in whole years today; not set when no child's date of birth is known.</summary>
    public static ConditionField YoungestChildAge { get; } = new(YoungestChildAgeName, ConditionType.Number, "youngest child's age",
        "The age in whole years today of the youngest child the case concerns, from the family's dates of birth. Not set when no child's date of birth is known.");

    /// <summary>The oldest child's age in whole years today; not set when no child's date of birth is known.</summary>
    public static ConditionField OldestChildAge { get; } = new(OldestChildAgeName, ConditionType.Number, "oldest child's age",
        "The age in whole years today of the oldest child the case concerns, from the family's dates of birth. Not set when no child's date of birth is known.");

    /// <summary>The highest risk any CSE screening found, ordered none &lt; low &lt; medium &lt; high; not set when never screened.</summary>
    public static ConditionField HighestCseRisk { get; } = new(HighestCseRiskName, ConditionType.ChoiceOf<CseRisk>(ordered: true), "highest CSE risk",
        "The highest risk any child sexual exploitation screening on the case found; ordered none, low, medium, high. Not set when no screening was recorded.");

    /// <summary>The locality team area of the case.</summary>
    public static ConditionField Locality { get; } = new(LocalityName, ConditionType.Text, "locality",
        "The locality team area the case belongs to, as the council names it. Always set.");

    /// <summary>The number of Team Around the Family meetings held.</summary>
    public static ConditionField TafMeetingCount { get; } = new(TafMeetingCountName, ConditionType.Number, "number of TAF meetings",
        "How many Team Around the Family meetings have been held. Always set.");

    /// <summary>The number of reviews of the plan.</summary>
    public static ConditionField ReviewCount { get; } = new(ReviewCountName, ConditionType.Number, "number of reviews",
        "How many reviews of the family plan have been recorded. Always set.");

    /// <summary>The number of enquiries on the case, the opening one included.</summary>
    public static ConditionField EnquiryCount { get; } = new(EnquiryCountName, ConditionType.Number, "number of enquiries",
        "How many enquiries the case holds, the one that opened it included. Always set.");

    /// <summary>True when the case has a current lead practitioner.</summary>
    public static ConditionField HasLeadPractitioner { get; } = new(HasLeadPractitionerName, ConditionType.Boolean, "lead practitioner allocated",
        "True when a lead practitioner is currently allocated. Always set.");

    /// <summary>True when a step-up decision is waiting.</summary>
    public static ConditionField StepUpDecisionRequired { get; } = new(StepUpDecisionRequiredName, ConditionType.Boolean, "step-up decision required",
        "True when the level of need rose above the Early Help ceiling, or a CSE screening found high risk, and no one has decided on a step-up yet. Always set.");

    /// <summary>Every case field, in the order the designer lists them.</summary>
    public static IReadOnlyList<ConditionField> All { get; } =
    [
        State, LevelOfNeed, Urgency, ReferrerAgency, NeedsCategories, Consent, ChildCount, YoungestChildAge, OldestChildAge,
        HighestCseRisk, Locality, TafMeetingCount, ReviewCount, EnquiryCount, HasLeadPractitioner, StepUpDecisionRequired,
    ];

    /// <summary>The case field with this exact name, or null.</summary>
    /// <param name="name">The name ("case.levelOfNeed").</param>
    public static ConditionField? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
