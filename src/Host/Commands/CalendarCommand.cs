using EarlyHelp.Host.Calendar;

namespace EarlyHelp.Host.Commands;

/// <summary>
/// <c>calendar import &lt;file&gt;</c>: imports a newer copy of the official England and Wales bank holidays
/// (https://www.gov.uk/bank-holidays.json, the same shape) into the database and makes it the current
/// calendar; <c>calendar show</c> prints the current version and its years. Running hosts pick the new
/// calendar up when they next start.
/// </summary>
internal static class CalendarCommand
{
    public const string Verb = "calendar";

    public static async Task<int> RunAsync(CalendarStore calendars, IReadOnlyList<string> arguments, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        switch (arguments)
        {
            case ["import", var file]:
                await using (var stream = File.OpenRead(file))
                {
                    var (calendar, problems) = await calendars.ImportAsync(stream, Path.GetFileName(file), cancellationToken);
                    if (calendar is null)
                    {
                        await errors.WriteLineAsync($"{file} was not imported:");
                        foreach (var problem in problems)
                        {
                            await errors.WriteLineAsync($"  {problem}");
                        }

                        return 1;
                    }

                    await output.WriteLineAsync($"imported: calendar {calendar.Version} covering {calendar.CoversFrom}-{calendar.CoversTo} is now current");
                    return 0;
                }

            case ["show"]:
                await calendars.LoadAsync(cancellationToken);
                var current = calendars.Current;
                await output.WriteLineAsync($"current calendar {current.Version} covering {current.CoversFrom}-{current.CoversTo}, {current.BankHolidays.Count} bank holidays, {current.Closures.Count} closure days");
                return 0;
            default:
                await errors.WriteLineAsync("usage: calendar import <bank-holidays.json> | calendar show");
                return 2;
        }
    }
}
