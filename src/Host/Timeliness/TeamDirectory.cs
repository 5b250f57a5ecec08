namespace EarlyHelp.Host.Timeliness;

/// <summary>
/// Who manages each locality team, from the "Teams" section of configuration (Teams:north:Managers:0 = a user
/// id). The users and teams pages of the HTTP API will keep this list in the database instead.
/// </summary>
internal sealed class TeamDirectory(IConfiguration configuration)
{
    public IReadOnlyList<string> ManagersOf(string team) =>
        [.. configuration.GetSection($"Teams:{team}:Managers").GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0)];
}
