namespace EarlyHelp.Workflows.Calendar;

/// <summary>
/// The years a bank holiday list covers: from its first to its last year, each with at least one holiday.
/// A year in between with none means a broken list, and counting it as holiday-free would move deadlines.
/// </summary>
internal static class BankHolidayYears
{
    /// <summary>The years between the first and the last holiday's year that have no holiday.</summary>
    public static List<int> Missing(IEnumerable<DateOnly> dates)
    {
        var years = dates.Select(d => d.Year).ToHashSet();
        if (years.Count == 0)
        {
            return [];
        }

        return Enumerable.Range(years.Min(), years.Max() - years.Min() + 1).Where(y => !years.Contains(y)).ToList();
    }

    /// <summary>Says which years are missing, in words.</summary>
    public static string DescribeMissing(List<int> missing, IEnumerable<DateOnly> dates)
    {
        var years = dates.Select(d => d.Year).ToList();
        return $"no bank holidays in {string.Join(", ", missing)}, although the list runs from {years.Min()} to {years.Max()}; the list is incomplete.";
    }
}
