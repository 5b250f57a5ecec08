using EarlyHelp.Workflows.Conditions;
using static EarlyHelp.Workflows.Conditions.ComparisonOperator;

namespace EarlyHelp.Workflows.Tests.Conditions;

/// <summary>Every operator on every type it supports, against fixed values.</summary>
public class ComparisonTests
{
    private static readonly ConditionSchema Schema = ConditionFixtures.Schema;

    [Theory]
    [InlineData(Equal, "north", true)]
    [InlineData(Equal, "North", true)]
    [InlineData(Equal, "south", false)]
    [InlineData(NotEqual, "south", true)]
    [InlineData(NotEqual, "NORTH", false)]
    public void Text_compares_ignoring_case(ComparisonOperator op, string value, bool expected)
    {
        var comparison = Schema.Compare("case.locality", op, ConditionValue.FromText(value));

        Assert.Equal(expected, comparison.Evaluate(new FixedScope("case.locality", ConditionValue.FromText("north"))));
    }

    [Theory]
    [InlineData(In, true)]
    [InlineData(NotIn, false)]
    public void Text_in_and_not_in_look_for_the_value_in_the_list(ComparisonOperator op, bool expected)
    {
        var comparison = Schema.Compare("case.locality", op, ConditionValue.FromTextList(["south", "North"]));

        Assert.Equal(expected, comparison.Evaluate(new FixedScope("case.locality", ConditionValue.FromText("north"))));
    }

    [Theory]
    [InlineData(Equal, 3, true)]
    [InlineData(Equal, 4, false)]
    [InlineData(NotEqual, 4, true)]
    [InlineData(NotEqual, 3, false)]
    [InlineData(LessThan, 4, true)]
    [InlineData(LessThan, 3, false)]
    [InlineData(AtMost, 3, true)]
    [InlineData(AtMost, 2, false)]
    [InlineData(GreaterThan, 2, true)]
    [InlineData(GreaterThan, 3, false)]
    [InlineData(AtLeast, 3, true)]
    [InlineData(AtLeast, 3.5, false)]
    public void Numbers_compare_by_value(ComparisonOperator op, double value, bool expected)
    {
        var comparison = Schema.Compare("case.childCount", op, ConditionValue.FromNumber((decimal)value));

        Assert.Equal(expected, comparison.Evaluate(new FixedScope("case.childCount", ConditionValue.FromNumber(3))));
    }

    [Theory]
    [InlineData(Equal, true, true)]
    [InlineData(Equal, false, false)]
    [InlineData(NotEqual, false, true)]
    [InlineData(NotEqual, true, false)]
    public void Booleans_compare_by_truth(ComparisonOperator op, bool value, bool expected)
    {
        var comparison = Schema.Compare("variables.familyDeclined", op, ConditionValue.FromBoolean(value));

        Assert.Equal(expected, comparison.Evaluate(new FixedScope("variables.familyDeclined", ConditionValue.True)));
    }

    [Theory]
    [InlineData(Equal, "2026-06-01", true)]
    [InlineData(NotEqual, "2026-06-01", false)]
    [InlineData(LessThan, "2026-06-02", true)]
    [InlineData(LessThan, "2026-06-01", false)]
    [InlineData(AtMost, "2026-06-01", true)]
    [InlineData(AtMost, "2026-05-31", false)]
    [InlineData(GreaterThan, "2026-05-31", true)]
    [InlineData(GreaterThan, "2026-06-01", false)]
    [InlineData(AtLeast, "2026-06-01", true)]
    [InlineData(AtLeast, "2026-06-02", false)]
    public void Dates_compare_by_day(ComparisonOperator op, string value, bool expected)
    {
        var comparison = Schema.Compare("variables.reviewDue", op, ConditionValue.FromDate(DateOnly.Parse(value)));

        Assert.Equal(expected, comparison.Evaluate(new FixedScope("variables.reviewDue", ConditionValue.FromDate(new DateOnly(2026, 6, 1)))));
    }

    [Fact]
    public void A_date_variable_held_as_text_compares_as_a_date()
    {
        var comparison = Schema.Compare("variables.reviewDue", LessThan, ConditionValue.FromDate(new DateOnly(2026, 12, 1)));

        Assert.True(comparison.Evaluate(new FixedScope("variables.reviewDue", ConditionValue.FromText("2026-06-01"))));
    }

    [Theory]
    [InlineData(Equal, "complex", true)]
    [InlineData(NotEqual, "complex", false)]
    [InlineData(LessThan, "specialist", true)]
    [InlineData(LessThan, "complex", false)]
    [InlineData(AtMost, "complex", true)]
    [InlineData(AtMost, "additional", false)]
    [InlineData(GreaterThan, "additional", true)]
    [InlineData(GreaterThan, "complex", false)]
    [InlineData(AtLeast, "complex", true)]
    [InlineData(AtLeast, "universal", true)]
    [InlineData(AtLeast, "specialist", false)]
    public void Ordered_choices_compare_by_the_order_of_their_words(ComparisonOperator op, string value, bool expected)
    {
        var comparison = Schema.Compare("case.levelOfNeed", op, ConditionValue.FromText(value));

        Assert.Equal(expected, comparison.Evaluate(new FixedScope("case.levelOfNeed", ConditionValue.FromText("complex"))));
    }

    [Theory]
    [InlineData(AtLeast, "medium", true)]
    [InlineData(LessThan, "high", false)]
    public void A_declared_ordered_choice_variable_compares_by_its_declared_order(ComparisonOperator op, string value, bool expected)
    {
        var comparison = Schema.Compare("variables.priority", op, ConditionValue.FromText(value));

        Assert.Equal(expected, comparison.Evaluate(new FixedScope("variables.priority", ConditionValue.FromText("high"))));
    }

    [Theory]
    [InlineData(Equal, "police", true)]
    [InlineData(NotEqual, "police", false)]
    [InlineData(NotEqual, "health", true)]
    public void Unordered_choices_compare_by_word(ComparisonOperator op, string value, bool expected)
    {
        var comparison = Schema.Compare("case.referrerAgency", op, ConditionValue.FromText(value));

        Assert.Equal(expected, comparison.Evaluate(new FixedScope("case.referrerAgency", ConditionValue.FromText("police"))));
    }

    [Theory]
    [InlineData(In, "police", true)]
    [InlineData(In, "school", false)]
    [InlineData(NotIn, "school", true)]
    [InlineData(NotIn, "health", false)]
    public void Choices_in_and_not_in_look_for_the_word_in_the_list(ComparisonOperator op, string actual, bool expected)
    {
        var comparison = Schema.Compare("case.referrerAgency", op, ConditionValue.FromTextList(["police", "health"]));

        Assert.Equal(expected, comparison.Evaluate(new FixedScope("case.referrerAgency", ConditionValue.FromText(actual))));
    }

    [Theory]
    [InlineData("school-attendance", true)]
    [InlineData("School-Attendance", true)]
    [InlineData("housing", false)]
    public void Contains_looks_for_the_text_in_a_list_field_ignoring_case(string value, bool expected)
    {
        var comparison = Schema.Compare("case.needsCategories", Contains, ConditionValue.FromText(value));

        Assert.Equal(expected, comparison.Evaluate(new FixedScope("case.needsCategories", ConditionValue.FromTextList(["parenting-support", "school-attendance"]))));
    }

    [Fact]
    public void Contains_on_an_empty_list_is_false()
    {
        var comparison = Schema.Compare("variables.services", Contains, ConditionValue.FromText("housing"));

        Assert.False(comparison.Evaluate(new FixedScope("variables.services", ConditionValue.FromTextList([]))));
    }

    [Theory]
    [InlineData("case.locality")]
    [InlineData("case.childCount")]
    [InlineData("variables.familyDeclined")]
    [InlineData("variables.reviewDue")]
    [InlineData("case.levelOfNeed")]
    [InlineData("case.needsCategories")]
    public void Is_set_holds_for_a_field_with_a_value_of_any_type(string field)
    {
        var value = Schema.Find(field)!.Type.Kind switch
        {
            ConditionTypeKind.Text => ConditionValue.FromText("north"),
            ConditionTypeKind.Choice => ConditionValue.FromText("complex"),
            ConditionTypeKind.Number => ConditionValue.FromNumber(0),
            ConditionTypeKind.Boolean => ConditionValue.False,
            ConditionTypeKind.Date => ConditionValue.FromDate(new DateOnly(2026, 1, 1)),
            _ => ConditionValue.FromTextList([]),
        };
        var scope = new FixedScope(field, value);

        Assert.True(Schema.Compare(field, IsSet).Evaluate(scope));
        Assert.False(Schema.Compare(field, IsNotSet).Evaluate(scope));
    }

    [Fact]
    public void Is_not_set_holds_for_a_field_without_a_value()
    {
        Assert.True(Schema.Compare("case.youngestChildAge", IsNotSet).Evaluate(FixedScope.Empty));
        Assert.False(Schema.Compare("case.youngestChildAge", IsSet).Evaluate(FixedScope.Empty));
    }

    [Theory]
    [InlineData("case.youngestChildAge", Equal, "5")]
    [InlineData("case.youngestChildAge", NotEqual, "5")]
    [InlineData("case.youngestChildAge", LessThan, "5")]
    [InlineData("case.youngestChildAge", AtMost, "5")]
    [InlineData("case.youngestChildAge", GreaterThan, "5")]
    [InlineData("case.youngestChildAge", AtLeast, "5")]
    [InlineData("case.highestCseRisk", In, "low,high")]
    [InlineData("case.highestCseRisk", NotIn, "low,high")]
    [InlineData("variables.services", Contains, "housing")]
    public void Every_comparison_on_a_field_that_is_not_set_is_false_even_the_negative_ones(string field, ComparisonOperator op, string value)
    {
        var type = Schema.Find(field)!.Type;
        var literal = op.TakesList() ? ConditionValue.FromTextList(value.Split(','))
            : type.Kind == ConditionTypeKind.Number ? ConditionValue.FromNumber(decimal.Parse(value))
            : ConditionValue.FromText(value);

        Assert.False(Schema.Compare(field, op, literal).Evaluate(FixedScope.Empty));
    }

    [Fact]
    public void A_variable_holding_another_type_than_declared_cannot_be_evaluated()
    {
        var comparison = Schema.Compare("variables.score", GreaterThan, ConditionValue.FromNumber(3));

        var error = Assert.Throws<ConditionEvaluationException>(() => comparison.Evaluate(new FixedScope("variables.score", ConditionValue.FromText("high"))));
        Assert.Contains("variables.score", error.Message);
        Assert.Contains("a number", error.Message);
    }

    [Fact]
    public void An_ordered_choice_holding_a_word_outside_its_choices_cannot_be_put_in_order()
    {
        var comparison = Schema.Compare("variables.priority", AtLeast, ConditionValue.FromText("medium"));

        var error = Assert.Throws<ConditionEvaluationException>(() => comparison.Evaluate(new FixedScope("variables.priority", ConditionValue.FromText("urgent"))));
        Assert.Contains("\"urgent\"", error.Message);
    }

    [Fact]
    public void A_comparison_with_an_operator_its_field_type_does_not_take_cannot_be_built()
    {
        var error = Assert.Throws<ArgumentException>(() => Schema.Compare("case.childCount", Contains, ConditionValue.FromText("2")));

        Assert.Contains("\"contains\"", error.Message);
    }

    [Fact]
    public void A_comparison_with_a_word_outside_the_choices_cannot_be_built()
    {
        var error = Assert.Throws<ArgumentException>(() => Schema.Compare("case.levelOfNeed", AtLeast, ConditionValue.FromText("complicated")));

        Assert.Contains("\"complicated\"", error.Message);
    }
}
