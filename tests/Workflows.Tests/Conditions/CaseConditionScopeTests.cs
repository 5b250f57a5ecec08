using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Conditions;
using EarlyHelp.Workflows.Families;
using static EarlyHelp.Workflows.Tests.Conditions.ConditionFixtures;

namespace EarlyHelp.Workflows.Tests.Conditions;

/// <summary>What the case fields resolve to on a real case, its family and a day.</summary>
public class CaseConditionScopeTests
{
    private static readonly DateTimeOffset Later = OpenedAt.AddHours(1);

    [Theory]
    [InlineData("case.state", "\"enquiry\"")]
    [InlineData("case.levelOfNeed", "\"additional\"")]
    [InlineData("case.urgency", "\"urgent\"")]
    [InlineData("case.referrerAgency", "\"early-years\"")]
    [InlineData("case.needsCategories", "[\"school-attendance\", \"parenting-support\"]")]
    [InlineData("case.consent", "\"not-recorded\"")]
    [InlineData("case.childCount", "2")]
    [InlineData("case.locality", "\"north\"")]
    [InlineData("case.tafMeetingCount", "0")]
    [InlineData("case.reviewCount", "0")]
    [InlineData("case.enquiryCount", "1")]
    [InlineData("case.hasLeadPractitioner", "false")]
    [InlineData("case.stepUpDecisionRequired", "false")]
    [InlineData("case.highestCseRisk", "null")]
    [InlineData("case.youngestChildAge", "null")]
    public void A_newly_opened_case_resolves_each_field_from_its_enquiry(string field, string expected)
    {
        var subject = OpenCase(Enquiry(AgencyType.EarlyYears, LevelOfNeed.Additional, Urgency.Urgent, ["school-attendance", "parenting-support"]));

        Assert.Equal(expected, Scope(subject).Resolve(field).ToString());
    }

    [Fact]
    public void Every_field_of_the_catalogue_resolves_to_a_value_of_its_type_or_not_set()
    {
        var scope = Scope(OpenCase(), Family(new DateOnly(2021, 6, 1), null));

        Assert.All(ConditionFields.All, field =>
        {
            var value = scope.Resolve(field.Name);
            Assert.True(!value.IsSet || value.Kind == field.Type.ValueKind, $"{field.Name} resolved to {value}");
            Assert.True(field.Type.Kind != ConditionTypeKind.Choice || !value.IsSet || field.Type.Choices.Contains(value.Text), $"{field.Name} resolved to {value}");
        });
    }

    [Fact]
    public void The_level_of_need_follows_the_triage_decision()
    {
        var subject = OpenCase();
        Accepted(subject.DecideTriage(new TriageDecided(TriageOutcome.EarlyHelp, LevelOfNeed.Complex, "Several agencies are involved."), TriageOfficer, Later));

        Assert.True(Read("""{ "field": "case.levelOfNeed", "op": "atLeast", "value": "complex" }""").Evaluate(Scope(subject)));
        Assert.Equal("\"allocation\"", Scope(subject).Resolve("case.state").ToString());
    }

    [Fact]
    public void The_referrer_agency_is_the_opening_enquiry_s_and_the_enquiry_count_includes_later_ones()
    {
        var subject = OpenCase(Enquiry(AgencyType.School));
        Accepted(subject.AddEnquiry(new EnquiryAdded(Enquiry(AgencyType.Health)), TriageOfficer, Later));

        Assert.Equal("\"school\"", Scope(subject).Resolve("case.referrerAgency").ToString());
        Assert.Equal("2", Scope(subject).Resolve("case.enquiryCount").ToString());
    }

    [Fact]
    public void Needs_categories_gather_every_enquiry_s_without_repeats()
    {
        var subject = OpenCase(Enquiry(needs: ["school-attendance"]));
        Accepted(subject.AddEnquiry(new EnquiryAdded(Enquiry(needs: ["housing", "school-attendance"])), TriageOfficer, Later));

        Assert.Equal("[\"school-attendance\", \"housing\"]", Scope(subject).Resolve("case.needsCategories").ToString());
    }

    [Fact]
    public void A_child_born_on_1_June_2021_is_4_on_31_May_2026()
    {
        var scope = Scope(OpenCase(), Family(new DateOnly(2021, 6, 1), null), today: new DateOnly(2026, 5, 31));

        Assert.Equal(ConditionValue.FromNumber(4), scope.Resolve("case.youngestChildAge"));
    }

    [Fact]
    public void A_child_born_on_1_June_2021_is_5_on_1_June_2026()
    {
        var scope = Scope(OpenCase(), Family(new DateOnly(2021, 6, 1), null), today: new DateOnly(2026, 6, 1));

        Assert.Equal(ConditionValue.FromNumber(5), scope.Resolve("case.youngestChildAge"));
    }

    [Fact]
    public void Youngest_and_oldest_ages_come_from_the_children_s_dates_of_birth()
    {
        var scope = Scope(OpenCase(), Family(new DateOnly(2021, 6, 1), new DateOnly(2012, 9, 15)));

        Assert.Equal(ConditionValue.FromNumber(4), scope.Resolve("case.youngestChildAge"));
        Assert.Equal(ConditionValue.FromNumber(13), scope.Resolve("case.oldestChildAge"));
    }

    [Fact]
    public void Ages_are_not_set_without_the_family()
    {
        var scope = Scope(OpenCase(), family: null);

        Assert.False(scope.Resolve("case.youngestChildAge").IsSet);
        Assert.False(scope.Resolve("case.oldestChildAge").IsSet);
    }

    [Fact]
    public void Ages_are_not_set_when_no_child_s_date_of_birth_is_known()
    {
        var scope = Scope(OpenCase(), Family(null, null));

        Assert.False(scope.Resolve("case.youngestChildAge").IsSet);
    }

    [Fact]
    public void Ages_leave_out_household_members_the_case_does_not_concern()
    {
        var family = Family(new DateOnly(2015, 1, 1), null);
        family.AddMember(new FamilyMember(Guid.NewGuid(), "Baby", "Jones", new DateOnly(2025, 1, 1), HouseholdRole.Child));

        Assert.Equal(ConditionValue.FromNumber(11), Scope(OpenCase(), family).Resolve("case.youngestChildAge"));
    }

    [Fact]
    public void The_highest_cse_risk_is_the_highest_any_screening_found()
    {
        var subject = OpenCase();
        Accepted(subject.RecordCseScreening(new CseScreeningRecorded(ChildId, CseRisk.Medium), LeadPractitioner, Later));
        Accepted(subject.RecordCseScreening(new CseScreeningRecorded(OtherChildId, CseRisk.Low), LeadPractitioner, Later.AddHours(1)));

        Assert.Equal("\"medium\"", Scope(subject).Resolve("case.highestCseRisk").ToString());
        Assert.True(Read("""{ "field": "case.highestCseRisk", "op": "atLeast", "value": "medium" }""").Evaluate(Scope(subject)));
    }

    [Fact]
    public void A_high_risk_screening_makes_a_step_up_decision_required()
    {
        var subject = OpenCase();
        Accepted(subject.RecordCseScreening(new CseScreeningRecorded(ChildId, CseRisk.High), LeadPractitioner, Later));

        Assert.True(Read("""{ "field": "case.stepUpDecisionRequired", "op": "equals", "value": true }""").Evaluate(Scope(subject)));
    }

    [Fact]
    public void Has_lead_practitioner_is_true_once_one_is_allocated()
    {
        var subject = OpenCase();
        Accepted(subject.DecideTriage(new TriageDecided(TriageOutcome.EarlyHelp, LevelOfNeed.Complex, "Several agencies are involved."), TriageOfficer, Later));
        Accepted(subject.AllocateLeadPractitioner(new LeadPractitionerAllocated("p1", "team-north"), TeamManager, Later.AddHours(1)));

        Assert.Equal(ConditionValue.True, Scope(subject).Resolve("case.hasLeadPractitioner"));
    }

    [Fact]
    public void Consent_follows_the_consent_recorded()
    {
        var subject = OpenCase();
        Accepted(subject.RecordConsent(new ConsentRecorded(ConsentStatus.Given, ConsentGiver.Parent, null), LeadPractitioner, Later));

        Assert.Equal("\"given\"", Scope(subject).Resolve("case.consent").ToString());
    }

    [Fact]
    public void Variables_resolve_from_the_instance_s_values_by_name()
    {
        var scope = Scope(OpenCase(), variables: new Dictionary<string, ConditionValue> { ["familyDeclined"] = ConditionValue.True });

        Assert.Equal(ConditionValue.True, scope.Resolve("variables.familyDeclined"));
    }

    [Fact]
    public void A_variable_without_a_value_is_not_set()
    {
        Assert.Equal(ConditionValue.NotSet, Scope(OpenCase()).Resolve("variables.familyDeclined"));
    }

    [Fact]
    public void An_unknown_case_field_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Scope(OpenCase()).Resolve("case.shoeSize"));

        Assert.Contains("case.shoeSize", error.Message);
    }

    [Fact]
    public void The_design_example_holds_for_a_complex_case_referred_by_the_police_whose_family_did_not_decline()
    {
        var subject = OpenCase(Enquiry(AgencyType.Police, LevelOfNeed.Complex));
        var condition = Read("""
            { "all": [
                { "field": "case.levelOfNeed", "op": "atLeast", "value": "complex" },
                { "any": [
                    { "field": "case.youngestChildAge", "op": "lessThan", "value": 5 },
                    { "field": "case.referrerAgency", "op": "in", "value": ["police", "health"] } ] },
                { "not": { "field": "variables.familyDeclined", "op": "equals", "value": true } } ] }
            """);

        Assert.True(condition.Evaluate(Scope(subject, Family(new DateOnly(2015, 1, 1), null))));
        Assert.False(condition.Evaluate(Scope(subject, variables: new Dictionary<string, ConditionValue> { ["familyDeclined"] = ConditionValue.True })));
    }
}
