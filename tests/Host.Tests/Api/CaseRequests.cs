using EarlyHelp.Workflows.Runtime;

namespace EarlyHelp.Host.Tests.Api;

/// <summary>Request bodies for the case page's changes, as a lead practitioner or a team manager would send them.</summary>
internal static class CaseRequests
{
    public static string Today => CouncilTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");

    public static string InDays(int days) => CouncilTime.DateOf(DateTimeOffset.UtcNow).AddDays(days).ToString("yyyy-MM-dd");

    public static object Consent() => new { status = "given", givenBy = "parent" };

    public static object StartAssessment() => new { note = "Home visit arranged" };

    public static object CompleteAssessment() => new
    {
        levelOfNeed = "complex",
        needsIdentified = new[] { "school-attendance", "parenting" },
        plan = new[] { new { description = "Attendance plan with school", owner = "Example Primary", dueOn = InDays(30) } },
    };

    public static object TafMeeting() => new { heldOn = Today, agenciesPresent = new[] { "school", "health" }, familyPresent = true, summary = "Plan agreed" };

    public static object Readings(params (string Domain, int Score)[] scores) => new
    {
        measure = "Family outcomes",
        scores = scores.Select(s => new { domain = s.Domain, score = s.Score }).ToArray(),
    };

    public static object Review(string outcome, object? readings = null) => new { heldOn = Today, outcome, summary = "Attendance up", readings };

    public static object ClosureRequest() => new { reason = "outcomes-met", familyViews = "We feel more settled", childViews = "School is better" };

    public static object SignOff() => new { note = "Well evidenced" };

    public static object ExitSurvey() => new { treatedWithRespect = "agree", listenedTo = "agree", helpedWithIssues = "neutral" };
}
