using EarlyHelp.Workflows.Cases.Facts;

namespace EarlyHelp.Workflows.Measures;

/// <summary>
/// Exit surveys received on the day recorded, and for each question the surveys that agree out of those that
/// answered it ("not answered" counts in neither).
/// </summary>
internal sealed class ExitSurveyMeasures : IMeasureRule
{
    public void Observe(in HistoryEntry entry, DateOnly date, CaseTrack track, Tally tally)
    {
        if (entry.Fact is not ExitSurveyRecorded survey)
        {
            return;
        }

        tally.Count(track.Area, date, PerformanceFramework.ExitSurveysReceived);
        Answer(tally, track.Area, date, PerformanceFramework.TreatedWithRespect, survey.TreatedWithRespect);
        Answer(tally, track.Area, date, PerformanceFramework.ListenedTo, survey.ListenedTo);
        Answer(tally, track.Area, date, PerformanceFramework.HelpedWithIssues, survey.HelpedWithIssues);
    }

    private static void Answer(Tally tally, int area, DateOnly date, Measure measure, SurveyAnswer answer)
    {
        if (answer != SurveyAnswer.NotAnswered)
        {
            tally.Rate(area, date, measure, answer == SurveyAnswer.Agree);
        }
    }
}
