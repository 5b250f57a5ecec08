using System.Diagnostics;
using System.Globalization;
using EarlyHelp.Host.History;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Simulation;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Commands;

/// <summary>
/// <c>simulate [--families N] [--scale F|national] [--seed S] [--start yyyy-MM-dd] [--out history.ndjson]</c>:
/// simulates a council's year through the real product (see <see cref="CouncilYear"/>) into the configured
/// database, and can write the resulting history in the import format.
/// </summary>
internal static class SimulateCommand
{
    public const string Verb = "simulate";

    public const string Usage = "usage: simulate [--families N] [--scale F|national] [--seed S] [--start yyyy-MM-dd] [--days D] [--out history.ndjson]";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (!TryRead(arguments, out var options, out var outPath, out var problem))
        {
            await errors.WriteLineAsync(problem);
            await errors.WriteLineAsync(Usage);
            return 2;
        }

        var progress = ProgressLine.ForStandardError();
        var watch = Stopwatch.StartNew();
        var report = await SimulateAsync(services, options, r => progress.Show((double)r.Day / r.Options.Days, $"day {r.Day}: {r.Episodes} episodes, {r.OpenNow} open, {r.Events} events"), cancellationToken);
        progress.Show(1, $"day {report.Day}: {report.Episodes} episodes, {report.Events} events", final: true);
        foreach (var refusal in report.Refusals)
        {
            await errors.WriteLineAsync(refusal);
        }

        await output.WriteLineAsync(FormattableString.Invariant($"simulated {options.Start:yyyy-MM-dd} + {options.Days} days in {watch.Elapsed.TotalSeconds:F1} s: {report.Summary}"));
        if (outPath is not null)
        {
            await using var file = new StreamWriter(outPath);
            var lines = await HistoryExport.WriteAsync(services.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>(), file, cancellationToken);
            await output.WriteLineAsync($"wrote {lines} lines to {outPath}");
        }

        return report.Refusals.Count == 0 ? 0 : 1;
    }

    /// <summary>Runs a simulation with the Host's services (registered for a replay: see <see cref="ReplayServices"/>).</summary>
    public static async Task<SimulationReport> SimulateAsync(IServiceProvider services, SimulationOptions options, Action<SimulationReport>? progress, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await new CouncilYear(scope.ServiceProvider, options).RunAsync(progress, cancellationToken);
    }

    public static bool TryRead(IReadOnlyList<string> arguments, out SimulationOptions options, out string? outPath, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        options = new SimulationOptions();
        outPath = null;
        problem = null;
        double? scale = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = i + 1 < arguments.Count ? arguments[i + 1] : null;
            var invariant = CultureInfo.InvariantCulture;
            switch (arguments[i])
            {
                case "--families" when int.TryParse(value, NumberStyles.None, invariant, out var families) && families > 0:
                    var factor = (double)families / options.Episodes;
                    options = options with { Episodes = families, EhasCompleted = (int)Math.Round(options.EhasCompleted * factor), Closures = (int)Math.Round(options.Closures * factor) };
                    break;
                case "--scale" when value == "national":
                    scale = options.NationalScale;
                    break;
                case "--scale" when double.TryParse(value, NumberStyles.Float, invariant, out var f) && f > 0:
                    scale = f;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.Integer, invariant, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--start" when DateOnly.TryParseExact(value, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var start):
                    options = options with { Start = start };
                    break;
                case "--days" when int.TryParse(value, NumberStyles.None, invariant, out var days) && days > 0:
                    options = options with { Days = days };
                    break;
                case "--out" when !string.IsNullOrWhiteSpace(value):
                    outPath = value;
                    break;
                default:
                    problem = $"not understood: {arguments[i]}{(value is null ? "" : " " + value)}";
                    return false;
            }

            i++;
        }

        if (scale is { } s)
        {
            options = options.Scaled(s);
        }

        return true;
    }
}
