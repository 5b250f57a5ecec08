using System.Globalization;
using EarlyHelp.Host.Cases;

namespace EarlyHelp.Host.Web.Pages.Cases.Actions;

/// <summary>Readings as typed on a form; scores stay text until sent, so a wrong entry is named by the API.</summary>
public sealed class ReadingsInput
{
    public string? Measure { get; set; }

    public List<Line> Scores { get; } = [new(), new(), new()];

    public bool IsEmpty => string.IsNullOrWhiteSpace(Measure) && Scores.All(s => string.IsNullOrWhiteSpace(s.Domain) && string.IsNullOrWhiteSpace(s.Score));

    internal OutcomeReadingsInput ToInput() => new(Measure, [.. Scores
        .Where(s => !string.IsNullOrWhiteSpace(s.Domain) || !string.IsNullOrWhiteSpace(s.Score))
        .Select(s => new DomainScoreInput(s.Domain, int.TryParse(s.Score, NumberStyles.Integer, CultureInfo.InvariantCulture, out var score) ? score : null))]);

    public sealed class Line
    {
        public string? Domain { get; set; }

        public string? Score { get; set; }
    }
}
