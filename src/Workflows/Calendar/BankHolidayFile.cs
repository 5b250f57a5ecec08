using System.Globalization;
using System.Text.Json;

namespace EarlyHelp.Workflows.Calendar;

/// <summary>
/// Reads the official bank holidays file published by the UK government (https://www.gov.uk/bank-holidays.json):
/// an object whose keys are divisions (<c>england-and-wales</c>, <c>scotland</c>, <c>northern-ireland</c>), each with
/// <c>division</c> and <c>events</c>, an array of <c>{ "title", "date" (yyyy-MM-dd), "notes", "bunting" }</c>.
/// Only the England and Wales division is used (DESIGN.md, "Working days"). The product ships a snapshot
/// (<see cref="Snapshot"/>); a council imports the newest official file, in the same shape, when it is published.
/// </summary>
public static class BankHolidayFile
{
    /// <summary>Where the UK government publishes the official list.</summary>
    public const string OfficialAddress = "https://www.gov.uk/bank-holidays.json";

    /// <summary>The key of the England and Wales division in the official file.</summary>
    public const string EnglandAndWales = "england-and-wales";

    private const string DateFormat = "yyyy-MM-dd";
    private const string SnapshotResource = "EarlyHelp.Workflows.Calendar.bank-holidays-england-and-wales.json";

    private static readonly Lazy<IReadOnlyList<BankHoliday>> SnapshotHolidays = new(ReadSnapshot);

    /// <summary>
    /// The England and Wales bank holidays of the snapshot shipped in this assembly (2018 to 2027, with the
    /// substitute days and the one-off holidays of 2020, 2022 and 2023), in date order.
    /// </summary>
    public static IReadOnlyList<BankHoliday> Snapshot => SnapshotHolidays.Value;

    /// <summary>Reads the England and Wales holidays from the text of an official-shaped file.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The holidays in date order, or every error found.</returns>
    public static BankHolidayFileResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return NotJson(e);
        }

        using (document)
        {
            return Read(document);
        }
    }

    /// <summary>Reads the England and Wales holidays from a stream holding an official-shaped file (UTF-8).</summary>
    /// <param name="utf8Json">The file's bytes; it is read to the end and not closed.</param>
    /// <returns>The holidays in date order, or every error found.</returns>
    public static BankHolidayFileResult Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException e)
        {
            return NotJson(e);
        }

        using (document)
        {
            return Read(document);
        }
    }

    /// <summary>Reads the England and Wales holidays from a stream holding an official-shaped file (UTF-8), without blocking.</summary>
    /// <param name="utf8Json">The file's bytes; it is read to the end and not closed.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The holidays in date order, or every error found.</returns>
    public static async Task<BankHolidayFileResult> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(utf8Json, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return NotJson(e);
        }

        using (document)
        {
            return Read(document);
        }
    }

    private static BankHolidayFileResult NotJson(JsonException e) =>
        BankHolidayFileResult.Invalid([$"The file is not JSON: {e.Message}"]);

    private static BankHolidayFileResult Read(JsonDocument document)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return BankHolidayFileResult.Invalid([$"The file holds {Describe(root)}, not an object of divisions such as \"{EnglandAndWales}\"."]);
        }

        if (!root.TryGetProperty(EnglandAndWales, out var division))
        {
            var found = root.EnumerateObject().Select(p => $"\"{p.Name}\"").ToList();
            return BankHolidayFileResult.Invalid(
                [$"The file has no \"{EnglandAndWales}\" division (it has {(found.Count == 0 ? "none" : string.Join(", ", found))})."]);
        }

        if (division.ValueKind != JsonValueKind.Object)
        {
            return BankHolidayFileResult.Invalid([$"{EnglandAndWales}: is {Describe(division)}, not an object with \"events\"."]);
        }

        if (!division.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            return BankHolidayFileResult.Invalid([$"{EnglandAndWales}.events: missing, or not an array of events."]);
        }

        var errors = new List<string>();
        var holidays = new List<BankHoliday>();
        var firstWithDate = new Dictionary<DateOnly, int>();
        var index = 0;
        foreach (var item in events.EnumerateArray())
        {
            var holiday = ReadEvent(item, $"{EnglandAndWales}.events[{index}]", errors);
            if (holiday is not null)
            {
                if (firstWithDate.TryGetValue(holiday.Date, out var earlier))
                {
                    errors.Add($"{EnglandAndWales}.events[{index}].date: {Format(holiday.Date)} is already the date of events[{earlier}].");
                }
                else
                {
                    firstWithDate.Add(holiday.Date, index);
                    holidays.Add(holiday);
                }
            }

            index++;
        }

        if (index == 0)
        {
            errors.Add($"{EnglandAndWales}.events: is empty.");
        }

        if (errors.Count > 0)
        {
            return BankHolidayFileResult.Invalid(errors);
        }

        var missing = BankHolidayYears.Missing(firstWithDate.Keys);
        if (missing.Count > 0)
        {
            return BankHolidayFileResult.Invalid([$"{EnglandAndWales}.events: {BankHolidayYears.DescribeMissing(missing, firstWithDate.Keys)}"]);
        }

        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        return BankHolidayFileResult.Valid(holidays.AsReadOnly());
    }

    private static BankHoliday? ReadEvent(JsonElement item, string path, List<string> errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: is {Describe(item)}, not an event object.");
            return null;
        }

        var errorsBefore = errors.Count;
        var title = ReadString(item, path, "title", required: true, errors);
        if (title is not null && string.IsNullOrWhiteSpace(title))
        {
            errors.Add($"{path}.title: is empty.");
        }

        var notes = ReadString(item, path, "notes", required: false, errors) ?? "";
        var dateText = ReadString(item, path, "date", required: true, errors);
        DateOnly date = default;
        if (dateText is not null && !DateOnly.TryParseExact(dateText, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors.Add($"{path}.date: {JsonSerializer.Serialize(dateText)} is not a date ({DateFormat}).");
        }

        return errors.Count == errorsBefore ? new BankHoliday(date, title!, notes) : null;
    }

    private static string? ReadString(JsonElement item, string path, string name, bool required, List<string> errors)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add($"{path}: has no \"{name}\".");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path}.{name}: is {Describe(value)}, not a string.");
            return null;
        }

        return value.GetString();
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {element.GetRawText()}",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the value {element.GetRawText()}",
        _ => "null",
    };

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static IReadOnlyList<BankHoliday> ReadSnapshot()
    {
        using var stream = typeof(BankHolidayFile).Assembly.GetManifestResourceStream(SnapshotResource)
            ?? throw new InvalidOperationException($"The bank holiday snapshot {SnapshotResource} is not embedded in {typeof(BankHolidayFile).Assembly.GetName().Name}.");
        var result = Read(stream);
        return result.IsValid
            ? result.Holidays
            : throw new InvalidOperationException($"The embedded bank holiday snapshot is invalid: {string.Join(" ", result.Errors)}");
    }
}
