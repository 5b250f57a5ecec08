using EarlyHelp.Workflows.Conditions;

namespace EarlyHelp.Workflows.Tests.Conditions;

/// <summary>all, any, not, the constants, and their nesting.</summary>
public class LogicTests
{
    private const string Example = """
        { "all": [
            { "field": "case.levelOfNeed", "op": "atLeast", "value": "complex" },
            { "any": [
                { "field": "case.youngestChildAge", "op": "lessThan", "value": 5 },
                { "field": "case.referrerAgency", "op": "in", "value": ["police", "health"] } ] },
            { "not": { "field": "variables.familyDeclined", "op": "equals", "value": true } } ] }
        """;

    private static readonly Condition Yes = Condition.Always;
    private static readonly Condition No = Condition.Never;

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, false)]
    public void All_holds_only_when_every_condition_holds(bool first, bool second, bool expected)
    {
        Assert.Equal(expected, new AllCondition(first ? Yes : No, second ? Yes : No).Evaluate(FixedScope.Empty));
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(false, false, false)]
    public void Any_holds_when_at_least_one_condition_holds(bool first, bool second, bool expected)
    {
        Assert.Equal(expected, new AnyCondition(first ? Yes : No, second ? Yes : No).Evaluate(FixedScope.Empty));
    }

    [Fact]
    public void Not_negates_its_condition()
    {
        Assert.False(new NotCondition(Yes).Evaluate(FixedScope.Empty));
        Assert.True(new NotCondition(No).Evaluate(FixedScope.Empty));
    }

    [Fact]
    public void Always_and_never_ignore_the_scope()
    {
        Assert.True(Condition.Always.Evaluate(FixedScope.Empty));
        Assert.False(Condition.Never.Evaluate(FixedScope.Empty));
    }

    [Fact]
    public void Not_of_a_comparison_on_a_field_that_is_not_set_holds()
    {
        var condition = ConditionFixtures.Read("""{ "not": { "field": "case.highestCseRisk", "op": "equals", "value": "high" } }""");

        Assert.True(condition.Evaluate(FixedScope.Empty));
    }

    [Theory]
    [InlineData("complex", 4, "school", false, true)]
    [InlineData("complex", 7, "police", false, true)]
    [InlineData("complex", 7, "school", false, false)]
    [InlineData("additional", 4, "police", false, false)]
    [InlineData("specialist", 4, "police", true, false)]
    public void Nested_all_any_and_not_combine(string level, int youngest, string agency, bool declined, bool expected)
    {
        var scope = new FixedScope(new Dictionary<string, ConditionValue>
        {
            ["case.levelOfNeed"] = ConditionValue.FromText(level),
            ["case.youngestChildAge"] = ConditionValue.FromNumber(youngest),
            ["case.referrerAgency"] = ConditionValue.FromText(agency),
            ["variables.familyDeclined"] = ConditionValue.FromBoolean(declined),
        });

        Assert.Equal(expected, ConditionFixtures.Read(Example).Evaluate(scope));
    }

    [Fact]
    public void All_stops_at_the_first_condition_that_fails()
    {
        var condition = new AllCondition(No, ConditionFixtures.Schema.Compare("variables.score", ComparisonOperator.AtLeast, ConditionValue.FromNumber(1)));

        Assert.False(condition.Evaluate(new FixedScope("variables.score", ConditionValue.FromText("not a number"))));
    }

    [Fact]
    public void An_empty_all_or_any_cannot_be_built()
    {
        Assert.Throws<ArgumentException>(() => new AllCondition());
        Assert.Throws<ArgumentException>(() => new AnyCondition([]));
    }

    [Fact]
    public void Conditions_with_the_same_content_are_equal()
    {
        Assert.Equal(ConditionFixtures.Read(Example), ConditionFixtures.Read(Example));
        Assert.Equal(ConditionFixtures.Read(Example).GetHashCode(), ConditionFixtures.Read(Example).GetHashCode());
        Assert.NotEqual<Condition>(new AllCondition(Yes, No), new AnyCondition(Yes, No));
        Assert.NotEqual<Condition>(new AllCondition(Yes, No), new AllCondition(No, Yes));
    }
}
