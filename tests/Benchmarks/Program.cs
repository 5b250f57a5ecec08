using System.Globalization;
using EarlyHelp.Benchmarks;
using EarlyHelp.Host.Persistence;
using Microsoft.Data.Sqlite;

// dotnet run -c Release --project tests/Benchmarks -- engine [sqlite|postgresql] [waiting] [starts] [resumes]
// dotnet run -c Release --project tests/Benchmarks -- timeliness [sqlite|postgresql] [cases]
// dotnet run -c Release --project tests/Benchmarks -- deadlines [cases]
// dotnet run -c Release --project tests/Benchmarks -- api [sqlite|postgresql] [enquiries] [inbox requests] [decisions] [clients]
// dotnet run -c Release --project tests/Benchmarks -- reports [sqlite|postgresql] [events]
// dotnet run -c Release --project tests/Benchmarks -- simulate [sqlite|postgresql] [families=2000] [--scale F|national] [--days D]
// dotnet run -c Release --project tests/Benchmarks -- designer-load [activities] [runs]   (Debian's chromium, SQLite)
// PostgreSQL: set EARLYHELP_BENCH_POSTGRES to a connection string of an empty database.
if (args is ["deadlines", .. var deadlineArguments])
{
    return DeadlineBenchmark.Run(deadlineArguments.Length > 0 ? int.Parse(deadlineArguments[0], CultureInfo.InvariantCulture) : 100_000);
}

if (args is ["reports-measure", ..])
{
    return await ReportsBenchmark.MeasureAsync(args);
}

if (args is not [var verb and ("engine" or "timeliness" or "api" or "reports" or "simulate" or "designer-load"), .. var rest])
{
    Console.Error.WriteLine("usage: engine [sqlite|postgresql] [waiting=100000] [starts=2000] [resumes=5000] | timeliness [sqlite|postgresql] [cases=100000] | deadlines [cases=100000] | api [sqlite|postgresql] [enquiries=50000] [inbox=4000] [decisions=2000] [clients=20] | reports [sqlite|postgresql] [events=1000000] | simulate [sqlite|postgresql] [families=2000] [--scale F|national] [--days D] | designer-load [activities=200] [runs=5]");
    return 2;
}

var provider = rest.Length > 0 && rest[0] == "postgresql" ? DatabaseProvider.PostgreSQL : DatabaseProvider.Sqlite;
int Number(int index, int fallback) => rest.Length > index ? int.Parse(rest[index], CultureInfo.InvariantCulture) : fallback;
var folder = Directory.CreateTempSubdirectory("earlyhelp-bench-").FullName;
try
{
    var connection = provider == DatabaseProvider.PostgreSQL
        ? Environment.GetEnvironmentVariable("EARLYHELP_BENCH_POSTGRES") ?? throw new InvalidOperationException("Set EARLYHELP_BENCH_POSTGRES.")
        : new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "bench.db") }.ToString();
    var database = new DatabaseConnection(provider, connection);
    return verb switch
    {
        "timeliness" => await TimelinessBenchmark.RunAsync(database, Number(1, 100_000)),
        "designer-load" => await DesignerLoadBenchmark.RunAsync(database, Number(0, 200), Number(1, 5)),
        "api" => await ApiBenchmark.RunAsync(database, Number(1, 50_000), Number(2, 4000), Number(3, 2000), Number(4, 20)),
        "reports" => await ReportsBenchmark.RunAsync(database, Number(1, 1_000_000)),
        "simulate" => await SimulateBenchmark.RunAsync(database, SimulateArguments(rest)),
        _ => await EngineBenchmark.RunAsync(database, Number(1, 100_000), Number(2, 2000), Number(3, 5000)),
    };
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

// simulate [provider] [families] [options...]: the families as --families, the rest passed on to the Host's verb.
static string[] SimulateArguments(string[] rest)
{
    var options = rest.Skip(rest.Length > 0 && rest[0] is "sqlite" or "postgresql" ? 1 : 0).ToList();
    if (options.Count > 0 && !options[0].StartsWith("--", StringComparison.Ordinal))
    {
        options[0] = $"--families={options[0]}";
        options = [.. options[0].Split('='), .. options.Skip(1)];
    }

    return [.. options];
}
