using EarlyHelp.Host.Lifecycle;
using EarlyHelp.Host.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddProblemDetails();
builder.Services.AddEarlyHelpPersistence(builder.Configuration, builder.Environment);

var app = builder.Build();
await DatabaseSchema.ApplyAsync(app.Services, app.Lifetime.ApplicationStopping);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthChecks("/health");
app.MapCaseLifecycleEndpoints();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    var database = app.Services.GetRequiredService<DatabaseConnection>();
    foreach (var address in addresses)
    {
        Console.WriteLine($"EarlyHelp is running at {address}");
    }

    Console.WriteLine(database.SqliteFile is { } file ? $"Embedded SQLite database: {file}" : "Database: PostgreSQL");
});

await app.RunAsync();

/// <summary>The entry point, visible to the in-process tests.</summary>
public partial class Program;
