namespace EarlyHelp.Browser.Tests;

/// <summary>Request bodies for setting a case up through the API, for a made-up family.</summary>
internal static class ApiBodies
{
    public static object NewFamily(string familyName, string locality = "north") => new
    {
        family = new
        {
            locality,
            address = new { line1 = "1 Example Street", town = "Derby", postcode = "DE1 1AA" },
            members = new object[]
            {
                new { givenName = "Alex", familyName, dateOfBirth = "1988-05-01", role = "parent" },
                new { givenName = "Sam", familyName, dateOfBirth = "2014-03-10", role = "child" },
            },
        },
        enquiry = new
        {
            referrer = new { agency = "school", organisation = "Example Primary", contactName = "Head teacher" },
            receivedAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
            needs = new[] { "parenting", "school-attendance" },
            levelOfNeed = "complex",
            urgency = "standard",
            consent = "given",
        },
    };
}
