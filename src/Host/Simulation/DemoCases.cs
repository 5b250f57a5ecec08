using EarlyHelp.Host.Commands;
using EarlyHelp.Host.History;
using EarlyHelp.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.Simulation;

/// <summary>
/// The demo data of the product's first run: when <c>Demo:SimulateFamilies</c> is set (the launch profile of
/// <c>dotnet run</c> sets it) and the database holds no case yet, a small simulation with a fixed seed fills it with
/// realistic cases in the demo teams, ending today, so every page has something to show. Tests never set it.
/// </summary>
internal static class DemoCases
{
    public const string FamiliesSetting = "Demo:SimulateFamilies";

    public static async Task SimulateIfEmptyAsync(IServiceProvider services, Func<ReplayClock, Task<WebApplication>> replayHost, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(replayHost);
        ArgumentNullException.ThrowIfNull(output);
        var families = services.GetRequiredService<IConfiguration>().GetValue<int?>(FamiliesSetting) ?? 0;
        if (families <= 0)
        {
            return;
        }

        await using (var db = await services.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            if (await db.Cases.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        // Nine months up to yesterday: cases at every stage, some closed, reviews and readings over time.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        const int days = 270;
        var yearly = (double)families * SimulationOptions.YearDays / days;
        var options = new SimulationOptions { Start = today.AddDays(-days), Days = days }.Scaled(yearly / new SimulationOptions().Episodes) with { PractitionersPerLocality = 4 };
        await output.WriteLineAsync($"First run: simulating {families} demo families (Demo:SimulateFamilies)...");
        await using var host = await replayHost(new ReplayClock(new DateTimeOffset(options.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        var report = await SimulateCommand.SimulateAsync(host.Services, options, null, cancellationToken);
        await output.WriteLineAsync($"Demo data: {report.Summary}");
    }
}
