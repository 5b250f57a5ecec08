using EarlyHelp.Workflows.Conditions;
using static EarlyHelp.Workflows.Tests.Conditions.ConditionFixtures;

namespace EarlyHelp.Workflows.Tests.Conditions;

/// <summary>Conditions in plain English for the designer.</summary>
public class ConditionTextTests
{
    private static string Describe(string json) => ConditionText.Describe(Read(json), Schema);

    [Fact]
    public void The_design_example_reads_as_a_sentence_with_brackets_where_any_sits_inside_all()
    {
        var text = Describe("""
            { "all": [
                { "field": "case.levelOfNeed", "op": "atLeast", "value": "complex" },
                { "any": [
                    { "field": "case.youngestChildAge", "op": "lessThan", "value": 5 },
                    { "field": "case.referrerAgency", "op": "in", "value": ["police", "health"] } ] } ] }
            """);

        Assert.Equal("level of need is at least complex and (youngest child's age is less than 5 or referrer agency is one of police, health)", text);
    }

    [Fact]
    public void All_inside_any_is_bracketed_too()
    {
        var text = Describe("""
            { "any": [
                { "all": [ { "field": "case.urgency", "op": "equals", "value": "urgent" }, { "field": "case.childCount", "op": "atLeast", "value": 3 } ] },
                { "field": "case.stepUpDecisionRequired", "op": "equals", "value": true } ] }
            """);

        Assert.Equal("(urgency is urgent and number of children is at least 3) or step-up decision required is true", text);
    }

    [Fact]
    public void Not_brackets_what_it_negates()
    {
        Assert.Equal("not (family declined is true)", Describe("""{ "not": { "field": "variables.familyDeclined", "op": "equals", "value": true } }"""));
    }

    [Fact]
    public void Choice_words_read_as_words()
    {
        Assert.Equal("case state is none of team around family, stepped down",
            Describe("""{ "field": "case.state", "op": "notIn", "value": ["team-around-family", "stepped-down"] }"""));
    }

    [Fact]
    public void Text_reads_in_quotes()
    {
        Assert.Equal("locality is not \"north\"", Describe("""{ "field": "case.locality", "op": "notEquals", "value": "north" }"""));
    }

    [Fact]
    public void Dates_read_as_days_with_before_and_after()
    {
        Assert.Equal("review due is on or before 1 June 2026", Describe("""{ "field": "variables.reviewDue", "op": "atMost", "value": "2026-06-01" }"""));
    }

    [Fact]
    public void Lists_read_with_include()
    {
        Assert.Equal("needs categories include \"housing\"", Describe("""{ "field": "case.needsCategories", "op": "contains", "value": "housing" }"""));
    }

    [Fact]
    public void Is_set_and_is_not_set_read_as_known()
    {
        Assert.Equal("highest CSE risk is known", Describe("""{ "field": "case.highestCseRisk", "op": "isSet" }"""));
        Assert.Equal("oldest child's age is not known", Describe("""{ "field": "case.oldestChildAge", "op": "isNotSet" }"""));
    }

    [Fact]
    public void Always_and_never_read_as_such()
    {
        Assert.Equal("always", ConditionText.Describe(Condition.Always, Schema));
        Assert.Equal("never", ConditionText.Describe(Condition.Never, Schema));
    }
}
