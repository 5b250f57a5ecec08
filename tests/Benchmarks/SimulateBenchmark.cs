using System.Diagnostics;
using System.Globalization;
using EarlyHelp.Host.Persistence;

namespace EarlyHelp.Benchmarks;

/// <summary>
/// A simulated council-year through the whole product: runs the built Host's own <c>simulate</c> command as a
/// process on an empty database (the command a council would run) and prints its wall time, cases and events a
/// second, and the process's peak memory, read while it runs.
/// </summary>
internal static class SimulateBenchmark
{
    public static async Task<int> RunAsync(DatabaseConnection database, IReadOnlyList<string> simulateArguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EarlyHelp.Host.dll"));
        start.ArgumentList.Add("simulate");
        foreach (var argument in simulateArguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The Host's verbs read their settings from the environment (their arguments are the verb's own).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["Database__ConnectionString"] = database.ConnectionString;
        Console.WriteLine($"simulate {string.Join(' ', simulateArguments)} on {database.Provider}");
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The Host did not start.");
        var summary = "";
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.WriteLine($"host: {line}");
                summary = line.StartsWith("simulated", StringComparison.Ordinal) ? line : summary;
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line && !line.Contains('['))
            {
                Console.Error.WriteLine($"host: {line}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peak = 0;
        var cpu = TimeSpan.Zero;
        while (!process.HasExited)
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
                cpu = process.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                break;
            }

            await Task.Delay(250);
        }

        await process.WaitForExitAsync();
        var elapsed = watch.Elapsed.TotalSeconds;
        var episodes = Number(summary, "episodes");
        var events = Number(summary, "events");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall time           {elapsed:F1} s (process start, schema, simulation)"));
        // On a shared machine the wall time says as much about the neighbours as about us; the CPU time does not.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cpu time            {cpu.TotalSeconds:F1} s (load average {LoadAverage()})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"episodes            {episodes:N0} ({episodes / elapsed:F1}/s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"events              {events:N0} ({events / elapsed:F0}/s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory         {peak / (1024 * 1024)} MB"));
        return process.ExitCode;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static long Number(string summary, string word)
    {
        var words = summary.Replace(",", "", StringComparison.Ordinal).Replace(":", "", StringComparison.Ordinal).Split(' ');
        var at = Array.IndexOf(words, word);
        return at > 0 && long.TryParse(words[at - 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }
}
