using EarlyHelp.Host.Api;
using EarlyHelp.Host.Calendar;
using EarlyHelp.Host.Commands;
using EarlyHelp.Host.Lifecycle;
using EarlyHelp.Host.Notifications;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Scheduling;
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
var builder = WebApplication.CreateBuilder(command is null ? args : []);
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

var app = builder.Build();
await DatabaseSchema.ApplyAsync(app.Services, app.Lifetime.ApplicationStopping);
if (command is not null)
{
    return await CalendarCommand.RunAsync(app.Services.GetRequiredService<CalendarStore>(), command, Console.Out, Console.Error, CancellationToken.None);
}

await app.Services.GetRequiredService<CalendarStore>().LoadAsync(app.Lifetime.ApplicationStopping);
await ShippedWorkflows.LoadAsync(
    WorkflowServiceExtensions.ShippedFolder(app.Configuration),
    app.Services.GetRequiredService<WorkflowDefinitionStore>(),
    app.Services.GetRequiredService<ActivityCatalogue>(),
    app.Lifetime.ApplicationStopping);

if (app.Services.GetRequiredService<SignInOptions>().Demo)
{
    await DemoStaff.SeedAsync(app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<EarlyHelpDbContext>>(), app.Lifetime.ApplicationStopping);
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

/// <summary>The entry point, visible to the in-process tests.</summary>
public partial class Program;
