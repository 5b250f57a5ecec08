namespace EarlyHelp.Host.Cases;

/// <summary>
/// The task types and outcomes of the shipped pathway's activities (src/Activities/EarlyHelp) that a change from
/// the case page completes when the case's workflow waits for it. A change no activity waits for has
/// <see cref="None"/>: it is fired on the case directly and the running instances are told.
/// </summary>
internal static class CaseTaskTypes
{
    /// <summary>No pathway task is completed by this change.</summary>
    public const string None = "";

    public const string Consent = "consent";
    public const string AssessmentStart = "assessment-start";
    public const string AssessmentComplete = "assessment-complete";
    public const string TafMeeting = "taf-meeting";
    public const string Review = "review";
    public const string OutcomeReadings = "outcome-readings";
    public const string CseScreening = "cse-screening";
    public const string StepUpDecision = "step-up-decision";
    public const string ClosureRequest = "closure-request";
    public const string ClosureSignOff = "closure-sign-off";
    public const string ExitSurvey = "exit-survey";

    public const string Done = "done";
    public const string Started = "started";
    public const string Requested = "requested";
    public const string SignedOff = "signed-off";
    public const string SteppedUp = "stepped-up";
    public const string KeptInEarlyHelp = "kept-in-early-help";
}
