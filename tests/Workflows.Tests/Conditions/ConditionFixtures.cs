using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Conditions;
using EarlyHelp.Workflows.Families;

namespace EarlyHelp.Workflows.Tests.Conditions;

/// <summary>Cases, families and a workflow schema for the condition tests, built through the public API.</summary>
internal static class ConditionFixtures
{
    public static readonly DateTimeOffset OpenedAt = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 5, 31);
    public static readonly Guid FamilyId = new("fa000000-0000-0000-0000-0000000000c1");
    public static readonly Guid ChildId = new("c1000000-0000-0000-0000-0000000000c1");
    public static readonly Guid OtherChildId = new("c1000000-0000-0000-0000-0000000000c2");

    public static Actor TriageOfficer { get; } = new("t1", ActorRole.TriageOfficer);

    public static Actor TeamManager { get; } = new("m1", ActorRole.TeamManager);

    public static Actor LeadPractitioner { get; } = new("p1", ActorRole.LeadPractitioner);

    /// <summary>A workflow declaring one variable of each type.</summary>
    public static ConditionSchema Schema { get; } = new(new Dictionary<string, ConditionType>
    {
        ["familyDeclined"] = ConditionType.Boolean,
        ["note"] = ConditionType.Text,
        ["score"] = ConditionType.Number,
        ["reviewDue"] = ConditionType.Date,
        ["services"] = ConditionType.TextList,
        ["priority"] = ConditionType.ChoiceOf(["low", "medium", "high"], ordered: true),
    });

    public static Enquiry Enquiry(
        AgencyType agency = AgencyType.Police,
        LevelOfNeed level = LevelOfNeed.Additional,
        Urgency urgency = Urgency.Standard,
        string[]? needs = null) =>
        new(Guid.NewGuid(), new Referrer(agency, "North Police Team", "PC Smith"), OpenedAt, needs ?? ["school-attendance"], level, urgency, EnquiryConsent.Given);

    /// <summary>A case just opened from the enquiry, about two children.</summary>
    public static Case OpenCase(Enquiry? enquiry = null)
    {
        var opening = Case.Open(
            Guid.NewGuid(),
            new CaseOpened(FamilyId, [ChildId, OtherChildId], "north", enquiry ?? Enquiry(), null),
            TriageOfficer,
            OpenedAt,
            []);
        Assert.True(opening.IsOpened, opening.Reason);
        return opening.Case!;
    }

    /// <summary>Requires the lifecycle to accept a step of the arrangement.</summary>
    public static void Accepted(CaseResult result) => Assert.True(result.IsAccepted, result.Reason);

    /// <summary>A family with the case's two children, born on the days given (null: unknown).</summary>
    public static Family Family(DateOnly? child, DateOnly? otherChild)
    {
        var family = new Family(FamilyId, "north", new Address("1 High Street", null, "Northtown", "NT1 1AA"));
        family.AddMember(new FamilyMember(Guid.NewGuid(), "Pat", "Jones", new DateOnly(1990, 1, 1), HouseholdRole.Parent));
        family.AddMember(new FamilyMember(ChildId, "Sam", "Jones", child, HouseholdRole.Child));
        family.AddMember(new FamilyMember(OtherChildId, "Alex", "Jones", otherChild, HouseholdRole.Child));
        return family;
    }

    public static CaseConditionScope Scope(Case subject, Family? family = null, IReadOnlyDictionary<string, ConditionValue>? variables = null, DateOnly? today = null) =>
        new(subject, family, variables ?? new Dictionary<string, ConditionValue>(), today ?? Today);

    /// <summary>Reads a condition that must be valid against <see cref="Schema"/>.</summary>
    public static Condition Read(string json)
    {
        var result = ConditionJson.Read(json, Schema);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        return result.Condition!;
    }

    /// <summary>Reads a condition that must be invalid, and returns its only error.</summary>
    public static ConditionError SingleError(string json)
    {
        var result = ConditionJson.Read(json, Schema);
        Assert.Null(result.Condition);
        return Assert.Single(result.Errors);
    }
}

/// <summary>A scope holding fixed values; any other field is not set.</summary>
internal sealed class FixedScope(IReadOnlyDictionary<string, ConditionValue> values) : IConditionScope
{
    public FixedScope(string field, ConditionValue value)
        : this(new Dictionary<string, ConditionValue> { [field] = value })
    {
    }

    public static FixedScope Empty { get; } = new(new Dictionary<string, ConditionValue>());

    public ConditionValue Resolve(string field) => values.GetValueOrDefault(field) ?? ConditionValue.NotSet;
}
