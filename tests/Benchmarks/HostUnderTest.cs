using System.Diagnostics;
using System.Text.RegularExpressions;
using EarlyHelp.Host.Persistence;

namespace EarlyHelp.Benchmarks;

/// <summary>The built Host as its own process on a free loopback port, in the embedded development mode.</summary>
internal sealed partial class HostUnderTest : IDisposable
{
    private readonly Process _process;

    private HostUnderTest(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public long PeakMemoryMegabytes()
    {
        _process.Refresh();
        return _process.PeakWorkingSet64 / (1024 * 1024);
    }

    /// <param name="verbose">Show the Host's output with each SQL command and its time.</param>
    public static async Task<HostUnderTest> StartAsync(DatabaseConnection database, bool verbose = false)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "EarlyHelp.Host.dll"), "--urls", "http://127.0.0.1:0", "--environment", "Development",
            "--SignIn:Demo=true", $"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}",
            "--Logging:LogLevel:Default=Warning", $"--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command={(verbose ? "Information" : "Warning")}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The Host did not start.");
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && RunningAt().Match(line) is { Success: true } match)
            {
                address.TrySetResult(new Uri(match.Groups["url"].Value));
            }
            else if (verbose && e.Data is { Length: > 0 } output)
            {
                Console.WriteLine($"host: {output}");
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) { Console.Error.WriteLine($"host: {line}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostUnderTest(process, await address.Task.WaitAsync(TimeSpan.FromMinutes(2)));
    }

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    [GeneratedRegex(@"EarlyHelp is running at (?<url>http://\S+)")]
    private static partial Regex RunningAt();
}
