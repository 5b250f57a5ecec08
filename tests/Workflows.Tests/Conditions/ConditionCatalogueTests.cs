using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Cases.Facts;
using EarlyHelp.Workflows.Conditions;

namespace EarlyHelp.Workflows.Tests.Conditions;

/// <summary>The catalogue of case fields, and the schema that adds a workflow's variables.</summary>
public class ConditionCatalogueTests
{
    [Theory]
    [InlineData("case.state", ConditionTypeKind.Choice)]
    [InlineData("case.levelOfNeed", ConditionTypeKind.Choice)]
    [InlineData("case.urgency", ConditionTypeKind.Choice)]
    [InlineData("case.referrerAgency", ConditionTypeKind.Choice)]
    [InlineData("case.needsCategories", ConditionTypeKind.TextList)]
    [InlineData("case.consent", ConditionTypeKind.Choice)]
    [InlineData("case.childCount", ConditionTypeKind.Number)]
    [InlineData("case.youngestChildAge", ConditionTypeKind.Number)]
    [InlineData("case.oldestChildAge", ConditionTypeKind.Number)]
    [InlineData("case.highestCseRisk", ConditionTypeKind.Choice)]
    [InlineData("case.locality", ConditionTypeKind.Text)]
    [InlineData("case.tafMeetingCount", ConditionTypeKind.Number)]
    [InlineData("case.reviewCount", ConditionTypeKind.Number)]
    [InlineData("case.enquiryCount", ConditionTypeKind.Number)]
    [InlineData("case.hasLeadPractitioner", ConditionTypeKind.Boolean)]
    [InlineData("case.stepUpDecisionRequired", ConditionTypeKind.Boolean)]
    public void The_catalogue_names_each_case_field_with_its_type(string name, ConditionTypeKind kind)
    {
        var field = ConditionFields.Find(name);

        Assert.NotNull(field);
        Assert.Equal(kind, field.Type.Kind);
    }

    [Fact]
    public void Every_case_field_has_a_unique_name_a_label_and_a_description()
    {
        Assert.Equal(ConditionFields.All.Count, ConditionFields.All.Select(f => f.Name).Distinct().Count());
        Assert.All(ConditionFields.All, f =>
        {
            Assert.StartsWith(ConditionFields.CasePrefix, f.Name);
            Assert.False(string.IsNullOrWhiteSpace(f.Label));
            Assert.False(string.IsNullOrWhiteSpace(f.Description));
        });
    }

    [Fact]
    public void Level_of_need_is_ordered_from_universal_to_specialist()
    {
        Assert.True(ConditionFields.LevelOfNeed.Type.IsOrdered);
        Assert.Equal(["universal", "additional", "complex", "specialist"], ConditionFields.LevelOfNeed.Type.Choices);
    }

    [Fact]
    public void Highest_cse_risk_is_ordered_from_none_to_high()
    {
        Assert.True(ConditionFields.HighestCseRisk.Type.IsOrdered);
        Assert.Equal(["none", "low", "medium", "high"], ConditionFields.HighestCseRisk.Type.Choices);
    }

    [Fact]
    public void Case_state_has_no_order()
    {
        Assert.False(ConditionFields.State.Type.IsOrdered);
    }

    [Fact]
    public void Choice_words_are_the_words_the_case_history_writes()
    {
        Assert.Equal(Enum.GetValues<CaseState>().Select(CaseEventJson.Write), ConditionFields.State.Type.Choices);
        Assert.Contains("social-care", ConditionFields.ReferrerAgency.Type.Choices);
        Assert.Contains("not-recorded", ConditionFields.Consent.Type.Choices);
        Assert.Equal("early-years", ConditionType.WordOf(AgencyType.EarlyYears));
    }

    [Fact]
    public void A_schema_adds_the_declared_variables_with_their_types_and_labels_in_words()
    {
        var schema = new ConditionSchema(new Dictionary<string, ConditionType> { ["familyDeclined"] = ConditionType.Boolean });

        var field = schema.Find("variables.familyDeclined");

        Assert.NotNull(field);
        Assert.Equal(ConditionType.Boolean, field.Type);
        Assert.Equal("family declined", field.Label);
        Assert.Equal(ConditionFields.All.Count + 1, schema.Fields.Count);
    }

    [Theory]
    [InlineData("familyDeclined", "family declined")]
    [InlineData("hasEHA", "has EHA")]
    [InlineData("score", "score")]
    public void A_variable_s_label_is_its_name_in_words(string name, string label)
    {
        var schema = new ConditionSchema(new Dictionary<string, ConditionType> { [name] = ConditionType.Text });

        Assert.Equal(label, schema.Find("variables." + name)!.Label);
    }

    [Fact]
    public void A_schema_finds_no_variable_it_was_not_given()
    {
        Assert.Null(ConditionSchema.CaseFieldsOnly.Find("variables.familyDeclined"));
    }
}
