using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EarlyHelp.Workflows.Calendar;

/// <summary>
/// The working days of an English council: Monday to Friday, less the England and Wales bank holidays
/// (the official list, https://www.gov.uk/bank-holidays.json) and the council's own closure days
/// (DESIGN.md, "Working days"). Timescales count with it: the start date is day 0, weekends, holidays and
/// closures are skipped, and timescales in weeks are calendar weeks. Immutable and safe to share.
/// </summary>
/// <remarks>
/// <para>
/// It covers the years of its bank holiday list (<see cref="CoversFrom"/> to <see cref="CoversTo"/>). A question
/// about a date outside them, or a count that runs outside them, throws <see cref="CalendarCoverageException"/>
/// rather than treat that year as having no bank holidays.
/// </para>
/// <para>
/// A deadline keeps the calendar <see cref="Version"/> it was computed with (DESIGN.md, "Working days"), so a
/// changed list or closure can be found and the deadline recomputed deliberately.
/// </para>
/// <para>
/// Counting is O(1) with no allocation: every covered day's reason and a running count of working days are
/// computed once, when the calendar is built.
/// </para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly Lazy<WorkingDayCalendar> EnglandAndWalesWithoutClosures = new(() => new WorkingDayCalendar(BankHolidayFile.Snapshot));

    /// <summary>The day number (<see cref="DateOnly.DayNumber"/>) of 1 January of <see cref="CoversFrom"/>.</summary>
    private readonly int _firstDay;

    /// <summary>Per covered day, from <see cref="_firstDay"/>: null for a working day, otherwise why not.</summary>
    private readonly string?[] _reasons;

    /// <summary>
    /// <c>_workingDaysBefore[i]</c> is the number of working days from <see cref="_firstDay"/> up to, not including,
    /// day <c>_firstDay + i</c>; it has one more entry than <see cref="_reasons"/>.
    /// </summary>
    private readonly int[] _workingDaysBefore;

    /// <summary>The day numbers of every covered working day, in order.</summary>
    private readonly int[] _workingDays;

    /// <summary>Builds a calendar from a bank holiday list and the council's closure days.</summary>
    /// <param name="bankHolidays">
    /// The England and Wales bank holidays, e.g. <see cref="BankHolidayFile.Snapshot"/> or an imported official file.
    /// Their years, first to last, are the calendar's coverage; each of those years must have at least one, and no
    /// date may appear twice.
    /// </param>
    /// <param name="closures">
    /// The council's own closure days; none when null. No date may appear twice. A closure outside the covered years
    /// changes the <see cref="Version"/> but no count, since no count may reach outside the covered years.
    /// </param>
    /// <exception cref="ArgumentException">The list is empty, has a gap year, or repeats a date; or a closure date repeats.</exception>
    public WorkingDayCalendar(IEnumerable<BankHoliday> bankHolidays, IEnumerable<CouncilClosureDay>? closures = null)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        var holidays = bankHolidays.OrderBy(h => h.Date).ToList();
        var closureDays = (closures ?? []).OrderBy(c => c.Date).ToList();
        Validate(holidays, closureDays);

        BankHolidays = holidays.AsReadOnly();
        Closures = closureDays.AsReadOnly();
        CoversFrom = holidays[0].Date.Year;
        CoversTo = holidays[^1].Date.Year;
        Version = MakeVersion(CoversFrom, CoversTo, holidays, closureDays);

        _firstDay = new DateOnly(CoversFrom, 1, 1).DayNumber;
        var dayCount = new DateOnly(CoversTo, 12, 31).DayNumber - _firstDay + 1;
        _reasons = new string?[dayCount];
        for (var i = 0; i < dayCount; i++)
        {
            var day = DateOnly.FromDayNumber(_firstDay + i);
            _reasons[i] = day.DayOfWeek switch
            {
                DayOfWeek.Saturday => "Saturday",
                DayOfWeek.Sunday => "Sunday",
                _ => null,
            };
        }

        // A weekend stays a weekend; a bank holiday wins over a closure on the same day.
        foreach (var closure in closureDays.Where(c => Covers(c.Date)))
        {
            _reasons[closure.Date.DayNumber - _firstDay] ??= closure.Description;
        }

        foreach (var holiday in holidays.Where(h => !IsWeekend(h.Date)))
        {
            _reasons[holiday.Date.DayNumber - _firstDay] = holiday.Title;
        }

        _workingDaysBefore = new int[dayCount + 1];
        var workingDays = new List<int>(dayCount);
        for (var i = 0; i < dayCount; i++)
        {
            _workingDaysBefore[i + 1] = _workingDaysBefore[i];
            if (_reasons[i] is null)
            {
                _workingDaysBefore[i + 1]++;
                workingDays.Add(_firstDay + i);
            }
        }

        _workingDays = [.. workingDays];
    }

    /// <summary>
    /// A stable text naming exactly which bank holidays and closure days this calendar holds, e.g.
    /// <c>ew-2018-2027+closures:2/3f9a0c81d2b4</c>: the covered years, the number of closure days, and a short
    /// hash of every holiday and closure date. Equal dates give an equal version, any added, removed or moved
    /// date gives another. Titles and descriptions are not part of it: they change no count.
    /// </summary>
    public string Version { get; }

    /// <summary>The first year the bank holiday list covers.</summary>
    public int CoversFrom { get; }

    /// <summary>The last year the bank holiday list covers.</summary>
    public int CoversTo { get; }

    /// <summary>The bank holidays, in date order.</summary>
    public IReadOnlyList<BankHoliday> BankHolidays { get; }

    /// <summary>The council's closure days, in date order.</summary>
    public IReadOnlyList<CouncilClosureDay> Closures { get; }

    /// <summary>
    /// The calendar of the England and Wales bank holiday snapshot shipped with the product
    /// (<see cref="BankHolidayFile.Snapshot"/>), with the council's closure days.
    /// </summary>
    /// <param name="closures">The council's own closure days; none when null.</param>
    public static WorkingDayCalendar EnglandAndWales(IEnumerable<CouncilClosureDay>? closures = null)
    {
        if (closures is null)
        {
            return EnglandAndWalesWithoutClosures.Value;
        }

        var list = closures.ToList();
        return list.Count == 0 ? EnglandAndWalesWithoutClosures.Value : new WorkingDayCalendar(BankHolidayFile.Snapshot, list);
    }

    /// <summary>True when <paramref name="date"/> is in a year the bank holiday list covers.</summary>
    /// <param name="date">The date asked about.</param>
    public bool Covers(DateOnly date) => date.Year >= CoversFrom && date.Year <= CoversTo;

    /// <summary>True when <paramref name="date"/> is a working day: Monday to Friday, not a bank holiday, not a closure day.</summary>
    /// <param name="date">The date asked about.</param>
    /// <exception cref="CalendarCoverageException">The date is outside the covered years.</exception>
    public bool IsWorkingDay(DateOnly date) => _reasons[IndexOf(date)] is null;

    /// <summary>
    /// Why <paramref name="date"/> is not a working day: "Saturday", "Sunday", the bank holiday's title, or the
    /// closure's description; null for a working day. A weekend is named as such even when a closure (or, in a
    /// list other than the official one, a holiday) falls on it; a bank holiday is named rather than a closure on the
    /// same day.
    /// </summary>
    /// <param name="date">The date asked about.</param>
    /// <exception cref="CalendarCoverageException">The date is outside the covered years.</exception>
    public string? NonWorkingReason(DateOnly date) => _reasons[IndexOf(date)];

    /// <summary>
    /// The date <paramref name="days"/> working days from <paramref name="start"/> (DESIGN.md, "Working days": the
    /// start date is day 0; weekends, bank holidays and closure days are skipped). So 20 working days from Monday
    /// 15 December 2025 is Thursday 15 January 2026, past Christmas Day, Boxing Day and New Year's Day.
    /// </summary>
    /// <remarks>
    /// <para>0 returns <paramref name="start"/> itself. A positive count returns the <paramref name="days"/>-th working
    /// day after <paramref name="start"/>, a negative one the |<paramref name="days"/>|-th working day before it, so
    /// the result of a non-zero count is always a working day.</para>
    /// <para>A start that is not a working day (a weekend, a holiday, a closure) is still day 0, where it is: forwards,
    /// the next working day is day 1 (Saturday + 1 = Monday); backwards, the previous working day is day -1
    /// (Saturday - 1 = Friday). The start is never moved to a working day first.</para>
    /// <para><see cref="WorkingDaysBetween"/> counts by the same rule: <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>
    /// for every start <c>d</c>.</para>
    /// </remarks>
    /// <param name="start">Day 0, e.g. the day an enquiry was received.</param>
    /// <param name="days">How many working days to count; negative counts back.</param>
    /// <exception cref="CalendarCoverageException">The start, or the day the count reaches, is outside the covered years.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        var index = IndexOf(start);
        if (days == 0)
        {
            return start;
        }

        // Forwards: the working days up to and including the start come before the result in _workingDays.
        // Backwards: only those strictly before the start do; so a non-working start is day 0 both ways.
        long position = days > 0
            ? (long)_workingDaysBefore[index + 1] + days - 1
            : (long)_workingDaysBefore[index] + days;
        if (position < 0)
        {
            throw new CalendarCoverageException(CoversFrom - 1, CoversFrom, CoversTo, CountQuestion(start, days));
        }

        if (position >= _workingDays.Length)
        {
            throw new CalendarCoverageException(CoversTo + 1, CoversFrom, CoversTo, CountQuestion(start, days));
        }

        return DateOnly.FromDayNumber(_workingDays[position]);
    }

    /// <summary>
    /// How many working days <paramref name="to"/> is from <paramref name="from"/>: when <paramref name="to"/> is on
    /// or after <paramref name="from"/>, the working days after <paramref name="from"/> up to and including
    /// <paramref name="to"/>; when it is before, minus the working days from <paramref name="to"/>, included, up to
    /// <paramref name="from"/>, not included. In both directions <paramref name="from"/> is day 0 and is not counted,
    /// whether or not it is a working day, as in <see cref="AddWorkingDays"/>:
    /// <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>.
    /// </summary>
    /// <remarks>
    /// The count is the same whichever way round only when both dates are working days: from a Saturday to the
    /// Friday before is -1, but from that Friday to the Saturday is 0.
    /// </remarks>
    /// <param name="from">Day 0, e.g. the day an enquiry was received.</param>
    /// <param name="to">The day counted to, e.g. the day the case was allocated.</param>
    /// <exception cref="CalendarCoverageException">A date is outside the covered years.</exception>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var fromIndex = IndexOf(from);
        var toIndex = IndexOf(to);
        return toIndex >= fromIndex
            ? _workingDaysBefore[toIndex + 1] - _workingDaysBefore[fromIndex + 1]
            : _workingDaysBefore[toIndex] - _workingDaysBefore[fromIndex];
    }

    /// <summary>
    /// The date <paramref name="weeks"/> calendar weeks from <paramref name="date"/> (DESIGN.md, "Working days":
    /// timescales in weeks are calendar weeks), e.g. a TAF review every 6 weeks. Weekends, bank holidays and closures
    /// do not move it, even when it falls on one; negative weeks count back.
    /// </summary>
    /// <remarks>
    /// It needs no bank holiday, so it works outside the covered years too; a working-day count from the date it
    /// returns is still refused there.
    /// </remarks>
    /// <param name="date">The date counted from.</param>
    /// <param name="weeks">How many weeks of seven days.</param>
    /// <exception cref="ArgumentOutOfRangeException">The result is before 0001-01-01 or after 9999-12-31.</exception>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Timers ask the one calendar they were given for every kind of timescale, in working days or in weeks.")]
    public DateOnly AddCalendarWeeks(DateOnly date, int weeks) => date.AddDays(checked(7 * weeks));

    private int IndexOf(DateOnly date)
    {
        if (!Covers(date))
        {
            throw new CalendarCoverageException(date.Year, CoversFrom, CoversTo, $"asked about {Format(date)}");
        }

        return date.DayNumber - _firstDay;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static string CountQuestion(DateOnly start, int days) => $"counting {days} working days from {Format(start)}";

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static void Validate(List<BankHoliday> holidays, List<CouncilClosureDay> closures)
    {
        if (holidays.Count == 0)
        {
            throw new ArgumentException("The bank holiday list is empty: the calendar would cover no year.", nameof(holidays));
        }

        foreach (var holiday in holidays)
        {
            ArgumentNullException.ThrowIfNull(holiday, nameof(holidays));
            if (string.IsNullOrWhiteSpace(holiday.Title))
            {
                throw new ArgumentException($"The bank holiday on {Format(holiday.Date)} has no title.", nameof(holidays));
            }
        }

        var twice = holidays.Zip(holidays.Skip(1)).FirstOrDefault(p => p.First.Date == p.Second.Date);
        if (twice != default)
        {
            throw new ArgumentException($"The bank holiday list has {Format(twice.First.Date)} twice ({twice.First.Title}; {twice.Second.Title}).", nameof(holidays));
        }

        var missing = BankHolidayYears.Missing(holidays.Select(h => h.Date));
        if (missing.Count > 0)
        {
            throw new ArgumentException($"The bank holiday list has {BankHolidayYears.DescribeMissing(missing, holidays.Select(h => h.Date))}", nameof(holidays));
        }

        foreach (var closure in closures)
        {
            ArgumentNullException.ThrowIfNull(closure, nameof(closures));
            if (string.IsNullOrWhiteSpace(closure.Description))
            {
                throw new ArgumentException($"The closure day {Format(closure.Date)} has no description.", nameof(closures));
            }
        }

        var closedTwice = closures.Zip(closures.Skip(1)).FirstOrDefault(p => p.First.Date == p.Second.Date);
        if (closedTwice != default)
        {
            throw new ArgumentException($"The closure days have {Format(closedTwice.First.Date)} twice ({closedTwice.First.Description}; {closedTwice.Second.Description}).", nameof(closures));
        }
    }

    private static string MakeVersion(int coversFrom, int coversTo, List<BankHoliday> holidays, List<CouncilClosureDay> closures)
    {
        // The hash covers dates only, in a fixed text form, so it is the same on every machine and in every culture.
        var text = new StringBuilder("bank-holidays");
        foreach (var holiday in holidays)
        {
            text.Append('\n').Append(Format(holiday.Date));
        }

        text.Append("\nclosures");
        foreach (var closure in closures)
        {
            text.Append('\n').Append(Format(closure.Date));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return $"ew-{coversFrom}-{coversTo}+closures:{closures.Count}/{Convert.ToHexStringLower(hash)[..12]}";
    }
}
