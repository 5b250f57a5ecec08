using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Ports;
using Microsoft.EntityFrameworkCore;

namespace EarlyHelp.Host.History;

/// <summary>
/// What an import or a simulation changes in the Host's services: the replay clock is every part's clock, and
/// timers are left in their table for the replay to fire (see <see cref="TimersLeftInTheTable"/>).
/// </summary>
internal static class ReplayServices
{
    public static IServiceCollection AddEarlyHelpReplay(this IServiceCollection services, ReplayClock clock)
    {
        services.AddSingleton(clock);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ITimerScheduler, TimersLeftInTheTable>();
        services.AddSingleton<DueTimers>();
        return services;
    }

    /// <summary>An import on the scope's services, with the staff as they are now.</summary>
    public static async Task<HistoryImport> ImportAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var contexts = scope.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>();
        return new HistoryImport(contexts, scope.GetRequiredService<SqliteWriteGate>(), await ReplayAsync(scope, cancellationToken), scope.GetRequiredService<DueTimers>(), scope.GetRequiredService<ReplayClock>());
    }

    public static async Task<HistoryReplay> ReplayAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        await using var db = await scope.GetRequiredService<IDbContextFactory<EarlyHelpDbContext>>().CreateDbContextAsync(cancellationToken);
        var staff = await StaffDirectory.LoadAsync(db, cancellationToken);
        return new HistoryReplay(scope.GetRequiredService<CommandPipeline.CommandPipeline>(), scope, staff);
    }
}
