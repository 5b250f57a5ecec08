using System.Diagnostics;
using System.Threading.Channels;
using EarlyHelp.Host.Tests.Databases;

namespace EarlyHelp.Host.Tests.Hosting;

/// <summary>An engine node (tests/EngineNode) as a real process on the test's database, driven line by line.</summary>
internal sealed class EngineNodeProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly Channel<string> _replies = Channel.CreateUnbounded<string>();
    private readonly List<string> _log = [];

    private EngineNodeProcess(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public static async Task<EngineNodeProcess> StartAsync(TestDatabase database)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EarlyHelp.EngineNode.dll"));
        start.ArgumentList.Add(database.Provider.ToString().ToLowerInvariant());
        start.ArgumentList.Add(database.ConnectionString);
        var node = new EngineNodeProcess(Process.Start(start) ?? throw new InvalidOperationException("The engine node did not start."));
        node._process.OutputDataReceived += (_, e) => node.Collect(e.Data);
        node._process.ErrorDataReceived += (_, e) => node.Collect(e.Data);
        node._process.Exited += (_, _) => node._replies.Writer.TryComplete();
        node._process.EnableRaisingEvents = true;
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        var ready = await node.NextReplyAsync();
        return ready == "ready" ? node : throw new InvalidOperationException($"The engine node said '{ready}' instead of ready:\n{node.Log}");
    }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    public async Task<string> SendAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        return await NextReplyAsync();
    }

    /// <summary>Sends a command the node is expected to die on, and waits for it to be gone.</summary>
    public async Task<int> SendAndWaitForDeathAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        await _process.WaitForExitAsync().WaitAsync(Patience);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await SendAsync("quit");
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (Exception exception) when (exception is TimeoutException or InvalidOperationException or IOException or ChannelClosedException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private async Task<string> NextReplyAsync()
    {
        try
        {
            return await _replies.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The engine node ended:\n{Log}");
        }
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Add(line);
        }

        if (line.StartsWith("@ ", StringComparison.Ordinal))
        {
            _replies.Writer.TryWrite(line[2..]);
        }
    }
}
