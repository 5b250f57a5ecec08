namespace EarlyHelp.Host.Web.Pages.Cases;

/// <summary>One set of outcome readings as the chart and its table show it.</summary>
public sealed record OutcomeSet(string Measure, DateTimeOffset At, IReadOnlyList<OutcomeScore> Scores);

/// <summary>A domain's score, the score before it in the same measure, and the direction of travel ("improving", "same", "worse").</summary>
public sealed record OutcomeScore(string Domain, int Score, int? Previous, string? Direction);
