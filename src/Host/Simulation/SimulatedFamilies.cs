using System.Globalization;
using EarlyHelp.Host.History;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Families;

namespace EarlyHelp.Host.Simulation;

/// <summary>
/// Made-up families and enquiries: names drawn from common English names (no real family), addresses on invented
/// streets, referrers, needs and levels in the proportions the councils' reports describe (schools and health
/// refer most; parenting, attendance and emotional wellbeing lead the needs).
/// </summary>
internal sealed class SimulatedFamilies(Random random)
{
    private static readonly string[] Surnames = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan", "Hughes", "Lewis", "Ahmed", "Turner", "Hill", "Moore", "Cooper", "Ward"];
    private static readonly string[] ChildNames = ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Grace", "Freya", "Sophia", "Noah", "Oliver", "George", "Leo", "Arthur", "Muhammad", "Harry", "Oscar", "Jack", "Charlie", "Theo", "Alfie", "Evie", "Ruby", "Maya", "Jacob", "Archie", "Poppy", "Zara", "Kai"];
    private static readonly string[] AdultNames = ["Sarah", "Emma", "Laura", "Gemma", "Rachel", "Aisha", "Claire", "Kelly", "Michelle", "Nicola", "David", "Paul", "Mark", "James", "Daniel", "Lee", "Imran", "Craig", "Stephen", "Wayne"];
    private static readonly string[] Streets = ["Elm Grove", "Station Road", "Church Lane", "Mill Street", "Park View", "Victoria Road", "Orchard Close", "Chapel Street", "Meadow Way", "Albert Terrace"];
    private static readonly (AgencyType Agency, string Organisation, int Weight)[] Referrers =
    [
        (AgencyType.School, "Primary school", 30), (AgencyType.School, "Secondary academy", 14), (AgencyType.Health, "Health visiting team", 12),
        (AgencyType.Health, "GP surgery", 6), (AgencyType.Police, "Neighbourhood policing team", 9), (AgencyType.Family, "Family (self-referral)", 8),
        (AgencyType.EarlyYears, "Children's centre", 6), (AgencyType.SocialCare, "Children's social care front door", 7),
        (AgencyType.Housing, "Housing provider", 4), (AgencyType.VoluntarySector, "Community project", 4),
    ];

    public static IReadOnlyList<string> Needs { get; } = ["parenting", "school-attendance", "emotional-wellbeing", "child-behaviour", "domestic-abuse", "housing", "finance", "substance-misuse", "mental-health-parent", "anti-social-behaviour"];

    /// <summary>A new family in a locality, its members with their own identifiers (the file's, not the store's).</summary>
    public FamilyData Family(string locality, DateOnly today)
    {
        var surname = Pick(Surnames);
        var members = new List<FamilyMember> { new(NewId(), Pick(AdultNames), surname, today.AddYears(-random.Next(22, 50)).AddDays(-random.Next(365)), HouseholdRole.Parent) };
        if (random.NextDouble() < 0.45)
        {
            members.Add(new(NewId(), Pick(AdultNames), random.NextDouble() < 0.8 ? surname : Pick(Surnames), today.AddYears(-random.Next(24, 55)).AddDays(-random.Next(365)), random.NextDouble() < 0.85 ? HouseholdRole.Parent : HouseholdRole.Carer));
        }

        var children = 1 + (random.NextDouble() < 0.55 ? 1 : 0) + (random.NextDouble() < 0.25 ? 1 : 0);
        var names = ChildNames.OrderBy(_ => random.Next()).Take(children).ToList();
        foreach (var name in names)
        {
            members.Add(new(NewId(), name, surname, today.AddDays(-random.Next(200, 17 * 365)), HouseholdRole.Child));
        }

        var number = random.Next(1, 240).ToString(CultureInfo.InvariantCulture);
        var postcode = $"{locality[..1].ToUpperInvariant()}E{random.Next(1, 30)} {random.Next(1, 9)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
        return new FamilyData(new Address($"{number} {Pick(Streets)}", null, "Exampleton", postcode), members);
    }

    public Enquiry Enquiry(DateTimeOffset receivedAt)
    {
        var total = Referrers.Sum(r => r.Weight);
        var draw = random.Next(total);
        var referrer = Referrers.First(r => (draw -= r.Weight) < 0);
        var needs = Needs.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
        var level = random.NextDouble() switch { < 0.35 => LevelOfNeed.Additional, _ => LevelOfNeed.Complex };
        var contact = referrer.Agency == AgencyType.Family ? null : "Duty contact";
        return new Enquiry(NewId(), new Referrer(referrer.Agency, referrer.Organisation, contact), receivedAt, needs, level,
            random.NextDouble() < 0.08 ? Urgency.Urgent : Urgency.Standard, random.NextDouble() < 0.92 ? EnquiryConsent.Given : EnquiryConsent.NotSought);
    }

    /// <summary>An identifier drawn from the seeded generator, so a seed gives the same file.</summary>
    public Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
