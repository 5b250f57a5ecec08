using EarlyHelp.Workflows.Measures;
using static EarlyHelp.Workflows.Measures.PerformanceFramework;
using static EarlyHelp.Workflows.Tests.Measures.SmallCouncil;

namespace EarlyHelp.Workflows.Tests.Measures;

/// <summary>"Impact" over the small council's year; each expected value is worked out from <see cref="SmallCouncil"/>'s table.</summary>
public class ImpactMeasureTests
{
    private static readonly MeasureReport Report = SmallCouncil.Report();

    [Fact]
    public void A_reading_improves_when_its_scores_rose_since_the_previous_reading_and_the_first_reading_has_no_direction()
    {
        // A: baseline 15 Jun, then +1 +1 on 14 Sep (Q2, improving). C: baseline 17 Nov, then 5 to 4 on 6 Jan (Q4, worse).
        Assert.Equal((1, 1L), Parts(OutcomeReadingsImproving, Q2));
        Assert.Equal((0, 0L), Parts(OutcomeReadingsImproving, Q1));
        Assert.Equal((0, 1L), Parts(OutcomeReadingsImproving, Q4));
        Assert.Equal(50m, Report.Figure(OutcomeReadingsImproving, WholeYear).Value);
    }

    [Fact]
    public void Stepped_up_then_stepped_down_counts_a_step_up_a_closure_and_a_step_down_in_their_own_quarters()
    {
        Assert.Equal(1, Report.Figure(SteppedUp, Q2, "south").Numerator);
        Assert.Equal(1, Report.Figure(CasesClosedByReason, Q2, "south", "stepped-up").Numerator);
        Assert.Equal(1, Report.Figure(SteppedDown, Q3, "south").Numerator);
        Assert.Equal(0, Report.Figure(SteppedDown, Q2, "south").Numerator);
        // Re-opened by the step-down, C is open again at the end of Q3, with its second EHA counted there.
        Assert.Equal(1, Report.Figure(OpenCasesAtEnd, Q3, "south").Numerator);
    }

    [Fact]
    public void Step_ups_are_given_out_of_the_cases_open_at_any_point_and_out_of_the_closures()
    {
        // Q2: C stepped up; open A and C; closed C and A. Year: 1 of 6 open, 1 of 6 closed.
        Assert.Equal((1, 2L), Parts(SteppedUpOfOpenCases, Q2));
        Assert.Equal((1, 2L), Parts(SteppedUpOfClosures, Q2));
        Assert.Equal(16.7m, Report.Figure(SteppedUpOfOpenCases, WholeYear).Value);
        Assert.Equal(16.7m, Report.Figure(SteppedUpOfClosures, WholeYear).Value);
        Assert.Equal((0, 3L), Parts(SteppedUpOfOpenCases, Q3));
    }

    [Fact]
    public void Step_down_requests_accepted_count_the_panels_acceptances_out_of_its_decisions()
    {
        // C's first request declined on 2 Nov, its second accepted on 9 Nov.
        Assert.Equal((1, 2L), Parts(StepDownsAccepted, Q3));
        Assert.Equal(50m, Report.Figure(StepDownsAccepted, WholeYear).Value);
    }

    [Fact]
    public void Level_of_need_at_allocation_is_set_against_the_level_at_closure_for_allocated_episodes_only()
    {
        // A complex to additional (lower); C complex at its step-up; F complex; D additional. B and E were never allocated.
        Assert.Equal(1, Report.Figure(LevelAtAllocationAgainstClosure, WholeYear, breakdown: "complex-to-additional").Numerator);
        Assert.Equal(2, Report.Figure(LevelAtAllocationAgainstClosure, WholeYear, breakdown: "complex-to-complex").Numerator);
        Assert.Equal(1, Report.Figure(LevelAtAllocationAgainstClosure, WholeYear, breakdown: "additional-to-additional").Numerator);
        Assert.Equal((1, 4L), Parts(LevelLowerAtClosure, WholeYear));
        Assert.Equal(25m, Report.Figure(LevelLowerAtClosure, WholeYear).Value);
    }

    private static (long, long) Parts(Measure measure, ReportPeriod period)
    {
        var figure = Report.Figure(measure, period);
        return (figure.Numerator, figure.Denominator!.Value);
    }
}
