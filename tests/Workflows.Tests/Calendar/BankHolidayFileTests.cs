using System.Text;
using EarlyHelp.Workflows.Calendar;
using static EarlyHelp.Workflows.Tests.Calendar.WorkingDayCalendarTests;

namespace EarlyHelp.Workflows.Tests.Calendar;

public class BankHolidayFileTests
{
    /// <summary>The official file's shape: three divisions, and "bunting" on each event.</summary>
    private const string Official = """
        {
          "england-and-wales": {
            "division": "england-and-wales",
            "events": [
              { "title": "Christmas Day", "date": "2028-12-25", "notes": "", "bunting": true },
              { "title": "New Year’s Day", "date": "2028-01-03", "notes": "Substitute day", "bunting": true },
              { "title": "Boxing Day", "date": "2028-12-26", "notes": "", "bunting": true }
            ]
          },
          "scotland": {
            "division": "scotland",
            "events": [ { "title": "2nd January", "date": "2028-01-04", "notes": "Substitute day", "bunting": true } ]
          },
          "northern-ireland": {
            "division": "northern-ireland",
            "events": [ { "title": "St Patrick’s Day", "date": "2028-03-17", "notes": "", "bunting": true } ]
          }
        }
        """;

    [Fact]
    public void The_snapshot_holds_the_83_England_and_Wales_bank_holidays_of_2018_to_2027_in_date_order()
    {
        var snapshot = BankHolidayFile.Snapshot;

        Assert.Equal(83, snapshot.Count);
        Assert.Equal(new BankHoliday(Date("2018-01-01"), "New Year’s Day"), snapshot[0]);
        Assert.Equal(new BankHoliday(Date("2027-12-28"), "Boxing Day", "Substitute day"), snapshot[^1]);
        Assert.Equal(snapshot.OrderBy(h => h.Date), snapshot);
    }

    [Fact]
    public void The_snapshot_has_eight_holidays_in_2026()
    {
        Assert.Equal(8, BankHolidayFile.Snapshot.Count(h => h.Date.Year == 2026));
    }

    [Fact]
    public void An_official_file_gives_only_the_England_and_Wales_events_with_their_notes_in_date_order()
    {
        var result = BankHolidayFile.Read(Official);

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Equal(
            [
                new BankHoliday(Date("2028-01-03"), "New Year’s Day", "Substitute day"),
                new BankHoliday(Date("2028-12-25"), "Christmas Day"),
                new BankHoliday(Date("2028-12-26"), "Boxing Day"),
            ],
            result.Holidays);
    }

    [Fact]
    public void A_stream_is_read_like_the_text()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Official));

        Assert.Equal(BankHolidayFile.Read(Official).Holidays, BankHolidayFile.Read(stream).Holidays);
    }

    [Fact]
    public async Task A_stream_is_read_like_the_text_without_blocking()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Official));

        Assert.Equal(BankHolidayFile.Read(Official).Holidays, (await BankHolidayFile.ReadAsync(stream)).Holidays);
    }

    [Fact]
    public void Text_that_is_not_JSON_is_refused_as_such()
    {
        var result = BankHolidayFile.Read("<html>Bank holidays</html>");

        Assert.False(result.IsValid);
        Assert.Empty(result.Holidays);
        Assert.StartsWith("The file is not JSON: ", Assert.Single(result.Errors));
    }

    [Fact]
    public void A_file_whose_top_level_is_not_an_object_is_refused()
    {
        var result = BankHolidayFile.Read("""[ { "title": "Christmas Day", "date": "2028-12-25" } ]""");

        Assert.Equal("The file holds an array, not an object of divisions such as \"england-and-wales\".", Assert.Single(result.Errors));
    }

    [Fact]
    public void A_file_without_the_England_and_Wales_division_is_refused_naming_the_divisions_it_has()
    {
        var result = BankHolidayFile.Read("""{ "scotland": { "division": "scotland", "events": [] } }""");

        Assert.Equal("The file has no \"england-and-wales\" division (it has \"scotland\").", Assert.Single(result.Errors));
    }

    [Fact]
    public void A_division_without_events_is_refused()
    {
        var result = BankHolidayFile.Read("""{ "england-and-wales": { "division": "england-and-wales" } }""");

        Assert.Equal("england-and-wales.events: missing, or not an array of events.", Assert.Single(result.Errors));
    }

    [Fact]
    public void An_empty_list_of_events_is_refused()
    {
        var result = BankHolidayFile.Read(EnglandAndWales(""));

        Assert.Equal("england-and-wales.events: is empty.", Assert.Single(result.Errors));
    }

    [Fact]
    public void An_event_with_an_impossible_date_is_refused_naming_its_index_and_the_text()
    {
        var result = BankHolidayFile.Read(EnglandAndWales("""
            { "title": "Christmas Day", "date": "2026-12-25", "notes": "" },
            { "title": "Boxing Day", "date": "2026-13-01", "notes": "" }
            """));

        Assert.Equal("england-and-wales.events[1].date: \"2026-13-01\" is not a date (yyyy-MM-dd).", Assert.Single(result.Errors));
    }

    [Fact]
    public void A_date_in_another_format_is_refused()
    {
        var result = BankHolidayFile.Read(EnglandAndWales("""{ "title": "Christmas Day", "date": "25/12/2026", "notes": "" }"""));

        Assert.Equal("england-and-wales.events[0].date: \"25/12/2026\" is not a date (yyyy-MM-dd).", Assert.Single(result.Errors));
    }

    [Fact]
    public void A_date_that_is_not_a_string_is_refused()
    {
        var result = BankHolidayFile.Read(EnglandAndWales("""{ "title": "Christmas Day", "date": 20261225, "notes": "" }"""));

        Assert.Equal("england-and-wales.events[0].date: is the number 20261225, not a string.", Assert.Single(result.Errors));
    }

    [Fact]
    public void An_event_without_a_date_is_refused()
    {
        var result = BankHolidayFile.Read(EnglandAndWales("""{ "title": "Christmas Day", "notes": "" }"""));

        Assert.Equal("england-and-wales.events[0]: has no \"date\".", Assert.Single(result.Errors));
    }

    [Fact]
    public void An_event_without_a_title_is_refused()
    {
        var result = BankHolidayFile.Read(EnglandAndWales("""{ "date": "2026-12-25", "notes": "" }"""));

        Assert.Equal("england-and-wales.events[0]: has no \"title\".", Assert.Single(result.Errors));
    }

    [Fact]
    public void A_date_given_twice_is_refused_naming_both_events()
    {
        var result = BankHolidayFile.Read(EnglandAndWales("""
            { "title": "Christmas Day", "date": "2026-12-25", "notes": "" },
            { "title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day" },
            { "title": "Christmas Day", "date": "2026-12-25", "notes": "" }
            """));

        Assert.Equal("england-and-wales.events[2].date: 2026-12-25 is already the date of events[0].", Assert.Single(result.Errors));
    }

    [Fact]
    public void Every_bad_event_is_reported_not_only_the_first()
    {
        var result = BankHolidayFile.Read(EnglandAndWales("""
            { "title": "Christmas Day", "date": "2026-12-32" },
            "Boxing Day",
            { "title": "", "date": "2027-01-01" }
            """));

        Assert.Equal(
            [
                "england-and-wales.events[0].date: \"2026-12-32\" is not a date (yyyy-MM-dd).",
                "england-and-wales.events[1]: is the string \"Boxing Day\", not an event object.",
                "england-and-wales.events[2].title: is empty.",
            ],
            result.Errors);
    }

    [Fact]
    public void A_list_with_a_year_missing_in_the_middle_is_refused()
    {
        var result = BankHolidayFile.Read(EnglandAndWales("""
            { "title": "Christmas Day", "date": "2025-12-25" },
            { "title": "Christmas Day", "date": "2027-12-27", "notes": "Substitute day" }
            """));

        Assert.Equal(
            "england-and-wales.events: no bank holidays in 2026, although the list runs from 2025 to 2027; the list is incomplete.",
            Assert.Single(result.Errors));
    }

    private static string EnglandAndWales(string events) =>
        $$"""{ "england-and-wales": { "division": "england-and-wales", "events": [ {{events}} ] } }""";
}
