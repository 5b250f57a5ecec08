using System.Text.Json;
using EarlyHelp.Workflows.Conditions;
using static EarlyHelp.Workflows.Conditions.ComparisonOperator;

namespace EarlyHelp.Workflows.Tests.Conditions;

/// <summary>Reading valid conditions, and writing them back in the same shape.</summary>
public class ConditionJsonReadTests
{
    private static readonly ConditionSchema Schema = ConditionFixtures.Schema;

    [Fact]
    public void The_design_example_reads_into_the_tree_it_describes()
    {
        var read = ConditionFixtures.Read("""
            { "all": [
                { "field": "case.levelOfNeed", "op": "atLeast", "value": "complex" },
                { "any": [
                    { "field": "case.youngestChildAge", "op": "lessThan", "value": 5 },
                    { "field": "case.referrerAgency", "op": "in", "value": ["police", "health"] } ] },
                { "not": { "field": "variables.familyDeclined", "op": "equals", "value": true } } ] }
            """);

        var expected = new AllCondition(
            Schema.Compare("case.levelOfNeed", AtLeast, ConditionValue.FromText("complex")),
            new AnyCondition(
                Schema.Compare("case.youngestChildAge", LessThan, ConditionValue.FromNumber(5)),
                Schema.Compare("case.referrerAgency", In, ConditionValue.FromTextList(["police", "health"]))),
            new NotCondition(Schema.Compare("variables.familyDeclined", Equal, ConditionValue.True)));
        Assert.Equal(expected, read);
    }

    [Fact]
    public void True_and_false_read_as_always_and_never()
    {
        Assert.Same(Condition.Always, ConditionFixtures.Read("true"));
        Assert.Same(Condition.Never, ConditionFixtures.Read("false"));
    }

    [Fact]
    public void Is_set_reads_without_a_value()
    {
        var read = Assert.IsType<Comparison>(ConditionFixtures.Read("""{ "field": "case.youngestChildAge", "op": "isSet" }"""));

        Assert.Equal(IsSet, read.Operator);
        Assert.Equal(ConditionValue.NotSet, read.Value);
    }

    [Fact]
    public void A_date_value_reads_as_a_date()
    {
        var read = Assert.IsType<Comparison>(ConditionFixtures.Read("""{ "field": "variables.reviewDue", "op": "lessThan", "value": "2026-06-01" }"""));

        Assert.Equal(ConditionValue.FromDate(new DateOnly(2026, 6, 1)), read.Value);
    }

    [Fact]
    public void A_number_value_keeps_its_decimals()
    {
        var read = Assert.IsType<Comparison>(ConditionFixtures.Read("""{ "field": "variables.score", "op": "atLeast", "value": 2.5 }"""));

        Assert.Equal(ConditionValue.FromNumber(2.5m), read.Value);
    }

    [Fact]
    public void The_comparison_keeps_the_field_s_type()
    {
        var read = Assert.IsType<Comparison>(ConditionFixtures.Read("""{ "field": "case.highestCseRisk", "op": "atLeast", "value": "medium" }"""));

        Assert.Equal(["none", "low", "medium", "high"], read.FieldType.Choices);
        Assert.True(read.FieldType.IsOrdered);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("""{"field":"case.levelOfNeed","op":"atLeast","value":"complex"}""")]
    [InlineData("""{"all":[{"field":"case.levelOfNeed","op":"atLeast","value":"complex"},{"any":[{"field":"case.youngestChildAge","op":"lessThan","value":5},{"field":"case.referrerAgency","op":"in","value":["police","health"]}]},{"not":{"field":"variables.familyDeclined","op":"equals","value":true}}]}""")]
    [InlineData("""{"any":[{"field":"case.state","op":"notIn","value":["team-around-family","stepped-down"]},{"field":"case.highestCseRisk","op":"isNotSet"}]}""")]
    [InlineData("""{"all":[{"field":"case.needsCategories","op":"contains","value":"school-attendance"},{"field":"variables.reviewDue","op":"atMost","value":"2026-06-01"},{"field":"variables.score","op":"greaterThan","value":2.5},{"field":"variables.note","op":"notEquals","value":"none"},{"not":false}]}""")]
    public void Writing_what_was_read_gives_the_same_json(string json)
    {
        Assert.Equal(json, ConditionJson.Write(ConditionFixtures.Read(json)));
    }

    [Fact]
    public void Reading_what_was_written_gives_an_equal_condition()
    {
        var condition = new AnyCondition(
            new NotCondition(Schema.Compare("case.consent", In, ConditionValue.FromTextList(["given", "partial"]))),
            Schema.Compare("case.oldestChildAge", AtLeast, ConditionValue.FromNumber(16)),
            Schema.Compare("variables.priority", IsSet));

        Assert.Equal(condition, ConditionFixtures.Read(ConditionJson.Write(condition)));
    }

    [Fact]
    public void A_condition_can_be_written_inside_a_larger_document()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("when");
            ConditionJson.Write(writer, Schema.Compare("case.hasLeadPractitioner", Equal, ConditionValue.False));
            writer.WriteEndObject();
        }

        Assert.Equal("""{"when":{"field":"case.hasLeadPractitioner","op":"equals","value":false}}""", System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
