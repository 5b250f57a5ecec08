namespace EarlyHelp.Workflows.Cases.Facts;

/// <summary>A review of the family plan (DESIGN.md: every 6 calendar weeks).</summary>
/// <param name="HeldOn">The day of the review.</param>
/// <param name="Outcome">What the review concluded.</param>
/// <param name="Summary">What was said.</param>
public sealed record ReviewRecorded(DateOnly HeldOn, ReviewOutcome Outcome, string? Summary);

/// <summary>What a review concluded.</summary>
public enum ReviewOutcome
{
    /// <summary>Continue with the plan.</summary>
    ContinuePlan,

    /// <summary>The plan changes.</summary>
    ChangePlan,

    /// <summary>Needs are met; closure can be requested.</summary>
    ReadyToClose,

    /// <summary>Needs have risen; consider stepping up.</summary>
    ConsiderStepUp,
}

/// <summary>
/// Outcome measure readings: any measure with named domains and numeric scores (a spider graph, or a
/// licensed tool such as the Outcome Star, integrated generically; its scales are never copied here).
/// </summary>
/// <param name="Measure">The measure's name, as the council configures it.</param>
/// <param name="Scores">One score per domain; domains are unique.</param>
public sealed record OutcomeReadingsRecorded(string Measure, IReadOnlyList<DomainScore> Scores);

/// <summary>A score in one domain of an outcome measure.</summary>
/// <param name="Domain">The domain's name ("Physical health", "Meeting emotional needs").</param>
/// <param name="Score">The score; higher is better.</param>
public sealed record DomainScore(string Domain, int Score);
