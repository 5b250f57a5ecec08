using EarlyHelp.Host.Api;
using EarlyHelp.Host.Calendar;
using EarlyHelp.Host.Commands;
using EarlyHelp.Host.History;
using EarlyHelp.Host.Lifecycle;
using EarlyHelp.Host.Notifications;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Scheduling;
using EarlyHelp.Host.Simulation;
using EarlyHelp.Host.SignIn;
using EarlyHelp.Host.Staff;
using EarlyHelp.Host.Web;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Runtime;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

if (args is [ScenarioCommand.Verb, .. var scenarioArguments])
{
    return await ScenarioCommand.RunAsync(scenarioArguments, Console.Out, Console.Error);
}

var command = args is [CalendarCommand.Verb, .. var calendarArguments] ? calendarArguments : null;
var (replayVerb, replayArguments) = args is [ImportCommand.Verb or SimulateCommand.Verb, .. var rest] ? (args[0], rest) : (null, null);
var hostArguments = command is null && replayVerb is null ? args : [];
var app = Build(hostArguments, replayVerb is null ? null : new ReplayClock(DateTimeOffset.UtcNow));
var database = app.Services.GetRequiredService<DatabaseConnection>();
await DatabaseSchema.ApplyAsync(app.Services, app.Lifetime.ApplicationStopping);
if (command is not null)
{
    return await CalendarCommand.RunAsync(app.Services.GetRequiredService<CalendarStore>(), command, Console.Out, Console.Error, CancellationToken.None);
}

await LoadCalendarAndPathwaysAsync(app);
if (replayVerb is not null)
{
    return replayVerb == ImportCommand.Verb
        ? await ImportCommand.RunAsync(app.Services, replayArguments!, Console.Out, Console.Error, app.Lifetime.ApplicationStopping)
        : await SimulateCommand.RunAsync(app.Services, replayArguments!, Console.Out, Console.Error, app.Lifetime.ApplicationStopping);
}

if (app.Services.GetRequiredService<SignInOptions>().Demo)
{
    await DemoStaff.SeedAsync(app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<EarlyHelpDbContext>>(), app.Lifetime.ApplicationStopping);
    await DemoCases.SimulateIfEmptyAsync(app.Services, async clock =>
    {
        var replay = Build(hostArguments, clock);
        await LoadCalendarAndPathwaysAsync(replay);
        return replay;
    }, Console.Out, app.Lifetime.ApplicationStopping);
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapHealthChecks("/health");
app.MapCaseLifecycleEndpoints();
app.MapEarlyHelpApi();
app.MapEarlyHelpWeb();

app.Lifetime.ApplicationStarted.Register(() =>
{
    Console.WriteLine(database.SqliteFile is { } file ? $"Embedded SQLite database: {file}" : "Database: PostgreSQL");
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    foreach (var address in addresses)
    {
        Console.WriteLine($"EarlyHelp is running at {address}");
    }
});

await app.RunAsync();
return 0;

// The Host's services; with a replay clock, those of an import or a simulation (see ReplayServices).
static WebApplication Build(string[] arguments, ReplayClock? replay)
{
    var builder = WebApplication.CreateBuilder(arguments);
    var database = PersistenceServiceExtensions.DatabaseFrom(builder.Configuration, builder.Environment);
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddProblemDetails();
    builder.Services.AddEarlyHelpPersistence(database);
    builder.Services.AddEarlyHelpWorkflows();
    builder.Services.AddEarlyHelpScheduling(database, builder.Configuration);
    builder.Services.AddEarlyHelpNotifications(builder.Configuration);
    builder.Services.AddEarlyHelpSignIn(builder.Configuration, builder.Environment);
    builder.Services.AddEarlyHelpApi();
    builder.Services.AddEarlyHelpWeb();
    if (replay is not null)
    {
        builder.Services.AddEarlyHelpReplay(replay);
        // A replay steps thousands of times a second: its progress line is the output, not a log entry per query.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
    }

    return builder.Build();
}

static async Task LoadCalendarAndPathwaysAsync(WebApplication app)
{
    await app.Services.GetRequiredService<CalendarStore>().LoadAsync(app.Lifetime.ApplicationStopping);
    await ShippedWorkflows.LoadAsync(
        WorkflowServiceExtensions.ShippedFolder(app.Configuration),
        app.Services.GetRequiredService<WorkflowDefinitionStore>(),
        app.Services.GetRequiredService<ActivityCatalogue>(),
        app.Lifetime.ApplicationStopping);
}

/// <summary>The entry point, visible to the in-process tests.</summary>
public partial class Program;
