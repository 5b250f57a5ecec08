using System.Diagnostics;
using System.Text.RegularExpressions;

namespace EarlyHelp.Tests.Shared;

/// <summary>
/// The built Host run as a real process, as an operator would run it; killed on dispose. One file, linked into each
/// test project that starts the Host (Host.Tests, Browser.Tests), each with the Host built into its own output folder.
/// </summary>
internal sealed partial class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output;

    private HostProcess(Process process, Uri address, List<string> output)
    {
        _process = process;
        Address = address;
        _output = output;
    }

    public Uri Address { get; }

    /// <summary>Every line the Host printed so far.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>The last lines the Host printed, to explain a failure.</summary>
    public string Tail(int lines = 40)
    {
        lock (_output)
        {
            return string.Join('\n', _output.TakeLast(lines));
        }
    }

    /// <summary>
    /// Starts the Host on a free loopback port with the settings as command-line configuration, and waits until it
    /// prints the address it runs at. The Host is the one built beside the test assembly unless another is named.
    /// </summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout, string? hostDll = null)
    {
        hostDll ??= Path.Combine(AppContext.BaseDirectory, "EarlyHelp.Host.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The Host did not start.");
        var started = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = new List<string>();
        void Collect(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(line);
            }

            if (RunningAt().Match(line) is { Success: true } match)
            {
                started.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        }

        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _ = process.WaitForExitAsync().ContinueWith(_ => started.TrySetException(new InvalidOperationException(
            "The Host exited before it was ready:\n" + string.Join('\n', lines))), TaskScheduler.Default);

        try
        {
            var address = await started.Task.WaitAsync(timeout);
            return new HostProcess(process, address, lines);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"EarlyHelp is running at (?<url>http://\S+)")]
    private static partial Regex RunningAt();
}
