namespace EarlyHelp.Host.History;

/// <summary>What an import did: cases and events applied, and each refused case with its line and reason.</summary>
internal sealed class ImportReport
{
    private readonly List<string> _refusals = [];

    public int CasesApplied { get; private set; }

    public int EventsApplied { get; private set; }

    public int TimersFired { get; set; }

    public int Lines { get; set; }

    public IReadOnlyList<string> Refusals => _refusals;

    public void Applied(int events)
    {
        CasesApplied++;
        EventsApplied += events;
    }

    public void Refused(int line, string caseKey, string reason) => _refusals.Add($"line {line}: case {caseKey}: {reason}");

    public string Summary =>
        $"{CasesApplied} cases ({EventsApplied} events) imported, {_refusals.Count} cases refused, {TimersFired} workflow timers fired";
}
