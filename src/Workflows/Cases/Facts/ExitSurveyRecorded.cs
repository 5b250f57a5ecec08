namespace EarlyHelp.Workflows.Cases.Facts;

/// <summary>The family's answers to the exit survey ("How was it for you?").</summary>
/// <param name="TreatedWithRespect">"I was treated with respect."</param>
/// <param name="ListenedTo">"I was listened to."</param>
/// <param name="HelpedWithIssues">"I was helped with the issues I had."</param>
/// <param name="Comment">Anything else the family wrote.</param>
public sealed record ExitSurveyRecorded(SurveyAnswer TreatedWithRespect, SurveyAnswer ListenedTo, SurveyAnswer HelpedWithIssues, string? Comment);

/// <summary>An answer on the exit survey's agreement scale.</summary>
public enum SurveyAnswer
{
    /// <summary>Agrees.</summary>
    Agree,

    /// <summary>Neither agrees nor disagrees.</summary>
    Neutral,

    /// <summary>Disagrees.</summary>
    Disagree,

    /// <summary>Did not answer.</summary>
    NotAnswered,
}
