using EarlyHelp.Workflows.Measures;
using static EarlyHelp.Workflows.Measures.PerformanceFramework;
using static EarlyHelp.Workflows.Tests.Measures.SmallCouncil;

namespace EarlyHelp.Workflows.Tests.Measures;

/// <summary>"How well" over the small council's year; each expected value is worked out from <see cref="SmallCouncil"/>'s table.</summary>
public class HowWellMeasureTests
{
    private static readonly MeasureReport Report = SmallCouncil.Report();

    [Fact]
    public void Working_days_from_enquiry_to_allocation_average_in_the_period_of_the_allocation()
    {
        // A 5 (Q1), C 5 (Q2), F 5 (Q3), D 6 (Q4, Mon 4 to Tue 12 Jan): 21 over 4 = 5.25, shown 5.3.
        Assert.Equal([(5, 1), (5, 1), (5, 1), (6, 1), (21, 4)], Averages(DaysEnquiryToAllocation));
        Assert.Equal(5.3m, Report.Figure(DaysEnquiryToAllocation, WholeYear).Value);
    }

    [Fact]
    public void Working_days_from_allocation_to_EHA_start_count_from_the_step_down_in_a_stepped_down_episode()
    {
        // A 5 (Q1), C 5 (Q2), C from its step-down Tue 10 to Tue 17 Nov 5 (Q3), D 4 (Q4): 19 over 4 = 4.75, shown 4.8.
        Assert.Equal([(5, 1), (5, 1), (5, 1), (4, 1), (19, 4)], Averages(DaysAllocationToEhaStart));
        Assert.Equal(4.8m, Report.Figure(DaysAllocationToEhaStart, WholeYear).Value);
    }

    [Fact]
    public void Working_days_from_EHA_start_to_completion_leave_out_an_EHA_ended_by_withdrawn_consent()
    {
        // A 10 (Q1), C 20 (Q3); D's EHA never completed. 30 over 2 = 15.
        Assert.Equal([(10, 1), (0, 0), (20, 1), (0, 0), (30, 2)], Averages(DaysEhaStartToEhaCompleted));
        Assert.Null(Report.Figure(DaysEhaStartToEhaCompleted, Q2).Value);
    }

    [Fact]
    public void Working_days_from_EHA_completion_to_the_TAF_meeting_skip_the_Christmas_bank_holidays()
    {
        // A 29 Jun to 13 Jul: 10 (Q2). C Tue 15 Dec to Tue 5 Jan: 12, not counting 25 and 28 Dec and 1 Jan (Q4).
        Assert.Equal([(0, 0), (10, 1), (0, 0), (12, 1), (22, 2)], Averages(DaysEhaCompletedToTafMeeting));
        Assert.Equal(11m, Report.Figure(DaysEhaCompletedToTafMeeting, WholeYear).Value);
    }

    [Fact]
    public void Closure_and_re_referral_across_a_quarter_boundary_count_in_each_quarter()
    {
        // A closed on Wed 30 Sep, the last day of Q2; B's enquiry for the same child came on Thu 1 Oct, in Q3.
        Assert.Equal(2, Report.Figure(CasesClosed, Q2).Numerator);
        Assert.Equal(1, Report.Figure(CasesClosedByReason, Q2, breakdown: "outcomes-met").Numerator);
        var reopened = Report.Figure(ReopenedWithin3Months, Q3);
        // New episodes in Q3: B and F; B re-opened within 3 months of A.
        Assert.Equal((1, 2L), (reopened.Numerator, reopened.Denominator!.Value));
        Assert.Equal(50m, reopened.Value);
        Assert.Equal((0, 1L), (Report.Figure(ReopenedWithin3Months, Q2).Numerator, Report.Figure(ReopenedWithin3Months, Q2).Denominator!.Value));
    }

    [Fact]
    public void Re_opened_within_3_months_and_re_referred_within_12_count_each_new_episode_out_of_all_new_episodes()
    {
        // New episodes: E, A (Q1), C (Q2), B, F (Q3), D (Q4). B came a day after A closed; F 7 months after E closed.
        var reopened = Report.Figure(ReopenedWithin3Months, WholeYear);
        var rereferred = Report.Figure(ReReferredWithin12Months, WholeYear);

        Assert.Equal((1, 6L, 16.7m), (reopened.Numerator, reopened.Denominator!.Value, reopened.Value!.Value));
        Assert.Equal((2, 6L, 33.3m), (rereferred.Numerator, rereferred.Denominator!.Value, rereferred.Value!.Value));
        Assert.Equal((2, 2L), (Report.Figure(ReReferredWithin12Months, Q3, "north").Numerator, Report.Figure(ReReferredWithin12Months, Q3, "north").Denominator!.Value));
    }

    [Fact]
    public void A_child_in_two_episodes_counts_in_each_and_links_them_for_re_referral()
    {
        // Child E1 was in E (closed 2 Apr at triage) and, with F2, in F (enquiry 2 Nov): F is a re-referral within
        // 12 months but not within 3; both episodes are counted as cases open.
        // 12 months, Q3 north: B (after A) and F (after E); 3 months: B only.
        Assert.Equal(2, Report.Figure(OpenCasesAtAnyPoint, Q1, "north").Numerator);
        Assert.Equal(2, Report.Figure(OpenCasesAtAnyPoint, Q3, "north").Numerator);
        Assert.Equal(2, Report.Figure(ReReferredWithin12Months, Q3, "north").Numerator);
        Assert.Equal(1, Report.Figure(ReopenedWithin3Months, Q3, "north").Numerator);
    }

    [Fact]
    public void Exit_survey_rates_count_agreement_out_of_the_surveys_answering_the_question()
    {
        // A: agree, agree, neutral. D: agree, disagree, not answered.
        Assert.Equal((2, 2L, 100m), Rate(TreatedWithRespect));
        Assert.Equal((1, 2L, 50m), Rate(ListenedTo));
        Assert.Equal((0, 1L, 0m), Rate(HelpedWithIssues));
    }

    [Fact]
    public void Cases_closed_count_every_ending_by_its_reason_triage_and_step_up_included()
    {
        // E signposted 2 Apr; C stepped up 23 Jul, A outcomes met 30 Sep; B no further action 2 Oct, F moved away 17 Nov; D consent withdrawn 27 Jan.
        Assert.Equal([1, 2, 2, 1, 6], [.. ReportPeriod.Of(Year).Select(p => Report.Figure(CasesClosed, p).Numerator)]);
        string[] reasons = ["signposted", "stepped-up", "outcomes-met", "no-further-action", "moved-away", "consent-withdrawn"];
        Assert.All(reasons, r => Assert.Equal(1, Report.Figure(CasesClosedByReason, WholeYear, breakdown: r).Numerator));
        Assert.Equal(0, Report.Figure(CasesClosedByReason, WholeYear, breakdown: "single-agency").Numerator);
    }

    [Fact]
    public void Consent_withdrawn_closes_with_its_reason_and_its_unfinished_EHA_counts_as_started_only()
    {
        Assert.Equal(1, Report.Figure(CasesClosedByReason, Q4, "south", "consent-withdrawn").Numerator);
        Assert.Equal(1, Report.Figure(EhasStarted, Q4, "south").Numerator);
        Assert.Equal(0, Report.Figure(EhasCompleted, Q4, "south").Numerator);
    }

    [Fact]
    public void A_case_that_never_reached_an_EHA_counts_as_an_enquiry_an_open_case_and_a_closure_only()
    {
        // B: enquiry and triage to no further action in Q3, north.
        Assert.Equal(1, Report.Figure(CasesClosedByReason, Q3, "north", "no-further-action").Numerator);
        Assert.Equal(0, Report.Figure(EhasStarted, Q3, "north").Numerator);
        // Only F's allocation is counted in Q3 north.
        Assert.Equal(1L, Report.Figure(DaysEnquiryToAllocation, Q3, "north").Denominator);
    }

    private static (long, long)[] Averages(Measure measure) =>
        [.. ReportPeriod.Of(Year).Select(p => Report.Figure(measure, p)).Select(f => (f.Numerator, f.Denominator!.Value))];

    private static (long, long, decimal) Rate(Measure measure)
    {
        var figure = Report.Figure(measure, WholeYear);
        return (figure.Numerator, figure.Denominator!.Value, figure.Value!.Value);
    }
}
