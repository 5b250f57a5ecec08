using EarlyHelp.Workflows.Measures;
using static EarlyHelp.Workflows.Measures.PerformanceFramework;
using static EarlyHelp.Workflows.Tests.Measures.SmallCouncil;

namespace EarlyHelp.Workflows.Tests.Measures;

/// <summary>"How much" over the small council's year; each expected value is worked out from <see cref="SmallCouncil"/>'s table.</summary>
public class HowMuchMeasureTests
{
    private static readonly MeasureReport Report = SmallCouncil.Report();

    [Fact]
    public void Enquiries_count_every_enquiry_received_including_those_added_to_an_open_case_on_the_day_received()
    {
        // Q1: E 1 Apr, A 1 Jun, A's added 10 Jun. Q2: C. Q3: B, F. Q4: D.
        Assert.Equal([3, 1, 2, 1, 7], Counts(EnquiriesReceived));
        // North: E, A, A's added, B, F; south: C, D.
        Assert.Equal(5, Report.Figure(EnquiriesReceived, WholeYear, "north").Numerator);
        Assert.Equal(2, Report.Figure(EnquiriesReceived, WholeYear, "south").Numerator);
    }

    [Fact]
    public void Enquiries_by_source_count_each_referrers_kind_of_agency()
    {
        Assert.Equal(1, Report.Figure(EnquiriesBySource, WholeYear, breakdown: "school").Numerator);
        Assert.Equal(2, Report.Figure(EnquiriesBySource, WholeYear, breakdown: "health").Numerator);
        Assert.Equal(1, Report.Figure(EnquiriesBySource, WholeYear, breakdown: "early-years").Numerator);
        Assert.Equal(1, Report.Figure(EnquiriesBySource, WholeYear, breakdown: "police").Numerator);
        Assert.Equal(1, Report.Figure(EnquiriesBySource, WholeYear, breakdown: "voluntary-sector").Numerator);
        Assert.Equal(1, Report.Figure(EnquiriesBySource, WholeYear, breakdown: "family").Numerator);
        Assert.Equal(0, Report.Figure(EnquiriesBySource, WholeYear, breakdown: "housing").Numerator);
        Assert.Equal(1, Report.Figure(EnquiriesBySource, Q1, "north", "health").Numerator);
    }

    [Fact]
    public void Cases_open_at_any_point_count_each_case_once_per_period_and_a_stepped_up_case_again_once_stepped_down()
    {
        // Q1: A, E. Q2: A, C (to its step-up). Q3: B, C (from its step-down), F. Q4: C, D. Year: six distinct cases.
        Assert.Equal([2, 2, 3, 2, 6], Counts(OpenCasesAtAnyPoint));
        Assert.Equal([0, 1, 1, 2, 2], Counts(OpenCasesAtAnyPoint, "south"));
    }

    [Fact]
    public void Open_cases_at_the_end_of_a_period_leave_out_a_case_closed_on_its_last_day()
    {
        // 30 Jun: A. 30 Sep: A closed that day, C stepped up. 31 Dec and 31 Mar: C.
        Assert.Equal([1, 0, 1, 1, 1], Counts(OpenCasesAtEnd));
    }

    [Fact]
    public void A_period_not_yet_over_counts_open_cases_at_the_report_day_and_no_later_period()
    {
        var report = SmallCouncil.Report(new DateOnly(2026, 8, 15));

        // On 15 Aug only A is open (C was stepped up on 23 Jul); nothing is counted for Q3 or Q4 yet.
        Assert.Equal(1, report.Figure(OpenCasesAtEnd, Q2).Numerator);
        Assert.Equal(1, report.Figure(OpenCasesAtEnd, WholeYear).Numerator);
        Assert.Equal(0, report.Figure(OpenCasesAtAnyPoint, Q3).Numerator);
        Assert.Equal(3, report.Figure(OpenCasesAtAnyPoint, WholeYear).Numerator);
    }

    [Fact]
    public void EHAs_started_and_completed_count_on_the_day_recorded_and_a_stepped_down_case_may_start_a_second()
    {
        // Started: A 15 Jun, C 20 Jul, C again 17 Nov after its step-down, D 18 Jan. Completed: A 29 Jun, C 15 Dec.
        Assert.Equal([1, 1, 1, 1, 4], Counts(EhasStarted));
        Assert.Equal([1, 0, 1, 0, 2], Counts(EhasCompleted));
    }

    [Fact]
    public void Outcome_readings_completed_count_each_reading_on_the_day_recorded()
    {
        Assert.Equal([1, 1, 1, 1, 4], Counts(OutcomeReadingsCompleted));
    }

    [Fact]
    public void Exit_surveys_count_on_the_day_recorded()
    {
        // A's on 1 Oct (Q3, the day after it closed in Q2), D's on 28 Jan.
        Assert.Equal([0, 0, 1, 1, 2], Counts(ExitSurveysReceived));
    }

    [Fact]
    public void CSE_screenings_count_each_child_screened_and_the_medium_or_high_ones_out_of_them()
    {
        Assert.Equal([1, 2, 0, 0, 3], Counts(CseScreenings));
        var year = Report.Figure(CseScreeningsMediumOrHigh, WholeYear);
        Assert.Equal((2, 3L), (year.Numerator, year.Denominator!.Value));
        Assert.Equal(66.7m, year.Value);
        Assert.Equal(100m, Report.Figure(CseScreeningsMediumOrHigh, Q2).Value);
        Assert.Null(Report.Figure(CseScreeningsMediumOrHigh, Q3).Value);
    }

    [Fact]
    public void The_council_figure_is_the_sum_of_the_localities()
    {
        foreach (var figure in Report.Figures(Year).Where(f => f.Area == MeasureReport.Council))
        {
            var localities = Report.Localities.Select(l => Report.Figure(figure.Measure, figure.Period, l, figure.Breakdown)).ToList();
            Assert.Equal(figure.Numerator, localities.Sum(l => l.Numerator));
            Assert.Equal(figure.Denominator, figure.Denominator is null ? null : localities.Sum(l => l.Denominator));
        }
    }

    private static long[] Counts(Measure measure, string area = MeasureReport.Council) =>
        [.. ReportPeriod.Of(Year).Select(p => Report.Figure(measure, p, area).Numerator)];
}
