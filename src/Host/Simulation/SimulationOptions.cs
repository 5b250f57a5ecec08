using System.Globalization;

namespace EarlyHelp.Host.Simulation;

/// <summary>
/// What a simulated council-year looks like. The defaults are a mid-sized English council's published figures
/// (the Derby, Doncaster and Rotherham reports in ../shared/seeds): about 2,000 episodes open at some point in the
/// year, 1,800 EHAs completed, 1,000 closures, 10% stepped up to children's social care, 1.6% of closures re-opened
/// within 3 months, reviews every 6 weeks, 90% of outcome readings improving, 95% of exit surveys positive.
/// Episodes and the rates drive the simulation (the rates kept exactly, by <see cref="Quota"/>); EHAs completed and
/// closures are what the year should then show: they follow from the pathway's timings, which are calibrated so the
/// default year lands near them (the simulation test counts them from the history).
/// </summary>
internal sealed record SimulationOptions
{
    /// <summary>England: about 650,000 referrals a year, over roughly 325 council-years of this size.</summary>
    public const int NationalEpisodes = 650_000;

    public int Seed { get; init; } = 2017;

    /// <summary>The first day of the simulated year (councils report by financial year, 1 April to 31 March).</summary>
    public DateOnly Start { get; init; } = new(2025, 4, 1);

    /// <summary>A year of days, over which <see cref="Episodes"/> arrive.</summary>
    public const int YearDays = 365;

    /// <summary>
    /// The days simulated from <see cref="Start"/>. Families arrive at the year's rate, so fewer days are a sample of
    /// the year (the counts to compare with are then the year's share).
    /// </summary>
    public int Days { get; init; } = YearDays;

    /// <summary>Episodes opened in the year (every one is open at some point in it).</summary>
    public int Episodes { get; init; } = 2_000;

    /// <summary>EHAs completed in the year.</summary>
    public int EhasCompleted { get; init; } = 1_800;

    /// <summary>Episodes closed in the year (at triage or signed off).</summary>
    public int Closures { get; init; } = 1_000;

    /// <summary>Share of episodes stepped up to children's social care (at triage or later).</summary>
    public double StepUpRate { get; init; } = 0.10;

    /// <summary>Share of closures followed by a new episode for the family within 3 months.</summary>
    public double ReopenedWithin3MonthsRate { get; init; } = 0.016;

    /// <summary>TAF reviews, every this many weeks (the pathway's own timer).</summary>
    public int ReviewWeeks { get; init; } = 6;

    /// <summary>Share of outcome readings (after a family's first) better than the one before.</summary>
    public double ImprovingReadingsRate { get; init; } = 0.90;

    /// <summary>Share of exit surveys agreeing on all three questions.</summary>
    public double PositiveSurveyRate { get; init; } = 0.95;

    /// <summary>The locality teams; families are spread evenly over them.</summary>
    public IReadOnlyList<string> Localities { get; init; } = ["north", "south"];

    /// <summary>Lead practitioners per locality team (simulated staff added when missing).</summary>
    public int PractitionersPerLocality { get; init; } = 25;

    /// <summary>The options times a factor: counts scale, rates stay; one locality pair per council-year beyond the first.</summary>
    public SimulationOptions Scaled(double factor)
    {
        if (factor <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), "The scale must be above zero.");
        }

        var councils = Math.Max(1, (int)Math.Round(factor));
        return this with
        {
            Episodes = (int)Math.Round(Episodes * factor),
            EhasCompleted = (int)Math.Round(EhasCompleted * factor),
            Closures = (int)Math.Round(Closures * factor),
            Localities = councils == 1 ? Localities : [.. Enumerable.Range(1, councils).SelectMany(c => Localities.Select(l => $"{l}-{c.ToString("D3", CultureInfo.InvariantCulture)}"))],
            PractitionersPerLocality = councils == 1 ? Math.Max(3, (int)Math.Ceiling(PractitionersPerLocality * factor)) : PractitionersPerLocality,
        };
    }

    /// <summary>The scale that gives England's yearly referrals.</summary>
    public double NationalScale => (double)NationalEpisodes / Episodes;
}
