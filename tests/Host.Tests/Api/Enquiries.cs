namespace EarlyHelp.Host.Tests.Api;

/// <summary>Request bodies for a made-up family, as a triage officer would send them.</summary>
internal static class Enquiries
{
    /// <summary>Names no log line could contain by chance, to look for in the logs.</summary>
    public const string DistinctiveFamilyName = "Oyelaran-Whitcombe";

    public const string DistinctiveChildName = "Tamsinella";

    public static object NewFamily(string locality = "north", string familyName = "Example", string childName = "Sam", string dateOfBirth = "2014-03-10", bool urgent = false, string? receivedAt = null) => new
    {
        family = new
        {
            locality,
            address = new { line1 = "1 Example Street", town = "Derby", postcode = "DE1 1AA" },
            members = new object[]
            {
                new { givenName = "Alex", familyName, dateOfBirth = "1988-05-01", role = "parent" },
                new { givenName = childName, familyName, dateOfBirth, role = "child" },
            },
        },
        enquiry = Enquiry(urgent, receivedAt),
    };

    public static object Enquiry(bool urgent = false, string? receivedAt = null) => new
    {
        referrer = new { agency = "school", organisation = "Example Primary", contactName = "Head teacher" },
        receivedAt = receivedAt ?? DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
        needs = new[] { "parenting", "school-attendance" },
        levelOfNeed = "complex",
        urgency = urgent ? "urgent" : "standard",
        consent = "given",
    };
}
