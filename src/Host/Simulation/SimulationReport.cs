namespace EarlyHelp.Host.Simulation;

/// <summary>What a simulation recorded, as it goes: the counts its options aim at, and anything the product refused.</summary>
internal sealed class SimulationReport(SimulationOptions options)
{
    private readonly List<string> _refusals = [];

    public SimulationOptions Options { get; } = options;

    public int Day { get; set; }

    public int OpenNow { get; set; }

    public int StillOpen { get; set; }

    public long Events { get; set; }

    public int TimersFired { get; set; }

    public int Episodes { get; set; }

    public int EhasCompleted { get; set; }

    public int Closures { get; set; }

    public int StepUps { get; set; }

    public IReadOnlyList<string> Refusals => _refusals;

    public void Refused(string caseKey, string type, string reason)
    {
        // Keep the first few: a systematic fault would otherwise fill memory with the same line.
        if (_refusals.Count < 100)
        {
            _refusals.Add($"case {caseKey}: {type}: {reason}");
        }
    }

    public string Summary =>
        $"{Episodes} episodes, {EhasCompleted} EHAs completed, {Closures} closures, {StepUps} step-ups, {Events} events, {TimersFired} workflow timers fired; {StillOpen} episodes open at the end; {_refusals.Count} refused steps";
}
