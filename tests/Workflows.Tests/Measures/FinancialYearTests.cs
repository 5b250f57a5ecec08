using EarlyHelp.Workflows.Measures;

namespace EarlyHelp.Workflows.Tests.Measures;

public class FinancialYearTests
{
    [Theory]
    [InlineData("2026-27", 2026)]
    [InlineData("1999-00", 1999)]
    public void A_year_is_written_as_its_start_year_and_the_next_years_last_two_digits(string text, int startYear)
    {
        Assert.True(FinancialYear.TryParse(text, out var year));
        Assert.Equal(startYear, year.StartYear);
        Assert.Equal(text, year.ToString());
    }

    [Theory]
    [InlineData("2026")]
    [InlineData("2026-28")]
    [InlineData("2026/27")]
    [InlineData("")]
    [InlineData(null)]
    public void A_year_written_otherwise_is_not_read(string? text) => Assert.False(FinancialYear.TryParse(text, out _));

    [Theory]
    [InlineData(2026, 4, 1, 2026, 1)]
    [InlineData(2026, 6, 30, 2026, 1)]
    [InlineData(2026, 7, 1, 2026, 2)]
    [InlineData(2026, 9, 30, 2026, 2)]
    [InlineData(2026, 12, 31, 2026, 3)]
    [InlineData(2027, 1, 1, 2026, 4)]
    [InlineData(2027, 3, 31, 2026, 4)]
    public void Quarters_end_on_30_June_30_September_31_December_and_31_March(int year, int month, int day, int startYear, int quarter)
    {
        var period = ReportPeriod.QuarterOf(new DateOnly(year, month, day));

        Assert.Equal(new ReportPeriod(new FinancialYear(startYear), quarter), period);
        Assert.InRange(new DateOnly(year, month, day), period.Start, period.End);
    }

    [Fact]
    public void Every_measure_has_a_distinct_kebab_case_key()
    {
        var keys = PerformanceFramework.All.Select(m => m.Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, k => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", k));
    }
}
