namespace EarlyHelp.Host.Simulation;

/// <summary>
/// Says yes to a share of the questions put to it, spread evenly (error diffusion from a random start) rather than
/// by independent coin tosses, so a year keeps its rates exactly, even for rare events such as re-opening.
/// </summary>
internal sealed class Quota(double rate, Random random)
{
    private double _owed = random.NextDouble();

    public bool Next()
    {
        _owed += rate;
        if (_owed < 1)
        {
            return false;
        }

        _owed -= 1;
        return true;
    }
}
