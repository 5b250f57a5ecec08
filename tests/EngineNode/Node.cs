using System.Globalization;
using System.Text.Json.Nodes;
using EarlyHelp.Host.Notifications;
using EarlyHelp.Host.Persistence;
using EarlyHelp.Host.Scheduling;
using EarlyHelp.Host.Workflows;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EarlyHelp.EngineNode;

// usage: EarlyHelp.EngineNode <sqlite|postgresql> <connection string>
// Commands, one per line; each answers one line starting with "@ ":
//   publish <file>                       -> published <id> v<version> | exists
//   start <workflow id> <count>          -> started <instance id> <instance id> ...
//   event <instance id> <event id> <name>-> stepped <status> <version> | refused <reason> | not-found
//   die-before-commit                    -> armed (the next step kills this process before its commit)
//   quit                                 -> bye
internal static class Node
{
    /// <summary>Answers start with "@ " so the test can tell them from anything a library logs.</summary>
    private static void Reply(string text) => Console.Out.WriteLine("@ " + text);

    public static async Task<int> Main(string[] args)
    {
        var provider = args[0] == "postgresql" ? DatabaseProvider.PostgreSQL : DatabaseProvider.Sqlite;
        var database = new DatabaseConnection(provider, args[1]);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddEarlyHelpPersistence(database);
        builder.Services.AddEarlyHelpWorkflows();
        builder.Services.AddEarlyHelpScheduling(database, builder.Configuration);
        builder.Services.AddEarlyHelpNotifications(builder.Configuration);
        using var host = builder.Build();
        await DatabaseSchema.ApplyAsync(host.Services, CancellationToken.None);
        await host.Services.GetRequiredService<EarlyHelp.Host.Calendar.CalendarStore>().LoadAsync(CancellationToken.None);
        await host.StartAsync();
        var runner = host.Services.GetRequiredService<WorkflowRunner>();
        var definitions = host.Services.GetRequiredService<WorkflowDefinitionStore>();
        Reply("ready");

        while (Console.ReadLine() is { } line)
        {
            var words = line.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
            switch (words)
            {
                case ["publish", var file]:
                    var (definition, _) = WorkflowDefinitionJson.Read(await File.ReadAllTextAsync(file));
                    Reply(await definitions.AddAsync(definition!, CancellationToken.None) ? $"published {definition!.Id} v{definition.Version}" : "exists");
                    break;
                case ["start", var workflowId, var count]:
                    var newest = (await definitions.FindNewestPublishedAsync(workflowId, CancellationToken.None))!;
                    var ids = new List<Guid>();
                    for (var i = 0; i < int.Parse(count, CultureInfo.InvariantCulture); i++)
                    {
                        ids.Add((await runner.StartAsync(newest, null, new Dictionary<string, JsonNode?>(), Actor.System, CancellationToken.None)).InstanceId);
                    }

                    Reply($"started {string.Join(' ', ids)}");
                    break;
                case ["event", var instanceId, var eventId, var name]:
                    var result = await runner.ResumeAsync(Guid.Parse(instanceId), new EventReceived(eventId, name), Actor.System, CancellationToken.None);
                    Reply(!result.IsFound ? "not-found" : result.IsRefused ? $"refused {result.RefusalReason}" : $"stepped {result.Status} {result.Version}");
                    break;
                case ["die-before-commit"]:
                    // The process ends as if killed: no commit, no clean-up, no flush of anything not yet written.
                    runner.BeforeCommit = () => System.Diagnostics.Process.GetCurrentProcess().Kill();
                    Reply("armed");
                    break;
                case ["quit"]:
                    await host.StopAsync();
                    Reply("bye");
                    return 0;
                default:
                    Reply($"unknown command: {line}");
                    break;
            }
        }

        return 0;
    }
}
