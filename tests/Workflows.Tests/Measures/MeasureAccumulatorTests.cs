using EarlyHelp.Workflows.Calendar;
using EarlyHelp.Workflows.Measures;

namespace EarlyHelp.Workflows.Tests.Measures;

public class MeasureAccumulatorTests
{
    [Fact]
    public void A_history_read_in_parts_and_merged_gives_the_same_report_as_read_whole()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales();
        var asOf = new DateOnly(2027, 4, 30);
        var parts = new[] { new MeasureAccumulator(calendar, asOf), new MeasureAccumulator(calendar, asOf) };
        var episodes = SmallCouncil.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            // Alternate cases, so that a child's episodes (A and B; E and F) fall in different parts.
            parts[i % 2].Add(episodes[i].History);
        }

        parts[1].Merge(parts[0]);

        Assert.Equal(SmallCouncil.Report().Figures(SmallCouncil.Year), parts[1].Complete().Figures(SmallCouncil.Year));
    }

    [Fact]
    public void A_case_whose_history_does_not_start_with_its_opening_fact_is_refused()
    {
        var accumulator = new MeasureAccumulator(WorkingDayCalendar.EnglandAndWales(), new DateOnly(2027, 4, 30));

        Assert.Throws<InvalidOperationException>(() => accumulator.Add(SmallCouncil.Episodes[0].History.Skip(1)));
    }
}
