using EarlyHelp.Host.History;
using EarlyHelp.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Commands;

/// <summary>
/// <c>import &lt;file.ndjson&gt;</c>: replays a history file (docs/import-format.md) through the case lifecycle and
/// the pathway workflows, case by case. Refused cases are listed with their line and reason, and the exit code is 1
/// when any was refused.
/// </summary>
internal static class ImportCommand
{
    public const string Verb = "import";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (arguments is not [var path])
        {
            await errors.WriteLineAsync("usage: import <history.ndjson>   (format: docs/import-format.md)");
            return 2;
        }

        if (!File.Exists(path))
        {
            await errors.WriteLineAsync($"{path}: no such file");
            return 2;
        }

        var size = new FileInfo(path).Length;
        await using var stream = File.OpenRead(path);
        using var reader = new StreamReader(stream);
        var progress = ProgressLine.ForStandardError();
        var report = await ImportAsync(services, reader, r => progress.Show(size == 0 ? 1 : (double)stream.Position / size, $"line {r.Lines}: {r.CasesApplied} cases imported, {r.Refusals.Count} refused"), cancellationToken);
        progress.Show(1, $"line {report.Lines}: {report.CasesApplied} cases imported, {report.Refusals.Count} refused", final: true);
        foreach (var refusal in report.Refusals)
        {
            await errors.WriteLineAsync(refusal);
        }

        await output.WriteLineAsync(report.Summary);
        return report.Refusals.Count == 0 ? 0 : 1;
    }

    /// <summary>Imports from a reader with the Host's services (registered for a replay: see <see cref="ReplayServices"/>).</summary>
    public static async Task<ImportReport> ImportAsync(IServiceProvider services, TextReader reader, Action<ImportReport>? progress, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var import = await ReplayServices.ImportAsync(scope.ServiceProvider, cancellationToken);
        return await import.ImportAsync(reader, progress, cancellationToken);
    }
}
