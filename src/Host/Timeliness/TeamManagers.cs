namespace EarlyHelp.Host.Timeliness;

/// <summary>The user ids of each team's managers, as <see cref="TeamDirectory"/> read them.</summary>
internal sealed class TeamManagers(IReadOnlyDictionary<string, IReadOnlyList<string>> byTeam)
{
    public IReadOnlyList<string> Of(string team) => byTeam.TryGetValue(team, out var managers) ? managers : [];
}
