using System.Globalization;
using EarlyHelp.Benchmarks;
using EarlyHelp.Host.Persistence;
using Microsoft.Data.Sqlite;

// dotnet run -c Release --project tests/Benchmarks -- engine [sqlite|postgresql] [waiting] [starts] [resumes]
// dotnet run -c Release --project tests/Benchmarks -- deadlines [cases]
// PostgreSQL: set EARLYHELP_BENCH_POSTGRES to a connection string of an empty database.
if (args is ["deadlines", .. var deadlineArguments])
{
    return DeadlineBenchmark.Run(deadlineArguments.Length > 0 ? int.Parse(deadlineArguments[0], CultureInfo.InvariantCulture) : 100_000);
}

if (args is not ["engine", .. var rest])
{
    Console.Error.WriteLine("usage: engine [sqlite|postgresql] [waiting=100000] [starts=2000] [resumes=5000] | deadlines [cases=100000]");
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
    return await EngineBenchmark.RunAsync(new DatabaseConnection(provider, connection), Number(1, 100_000), Number(2, 2000), Number(3, 5000));
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}
