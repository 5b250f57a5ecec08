using System.Text.Json;
using EarlyHelp.Workflows.Conditions;
using static EarlyHelp.Workflows.Tests.Conditions.ConditionFixtures;

namespace EarlyHelp.Workflows.Tests.Conditions;

/// <summary>Each kind of mistake gets an error at its place, with a message that says what to do.</summary>
public class ConditionValidationTests
{
    [Fact]
    public void A_value_that_is_not_an_object_is_not_a_condition()
    {
        var error = SingleError("""{ "all": [ 5 ] }""");

        Assert.Equal("$.all[0]", error.Path);
        Assert.Contains("found the number 5", error.Message);
    }

    [Fact]
    public void A_node_with_both_all_and_field_is_malformed()
    {
        var error = SingleError("""{ "all": [ true ], "field": "case.locality", "op": "equals", "value": "north" }""");

        Assert.Equal("$", error.Path);
        Assert.Contains("exactly one of", error.Message);
        Assert.Contains("both \"all\" and \"field\"", error.Message);
    }

    [Fact]
    public void An_empty_object_is_not_a_condition()
    {
        var error = SingleError("{}");

        Assert.Equal("$", error.Path);
        Assert.Contains("empty object", error.Message);
    }

    [Fact]
    public void A_comparison_without_a_field_says_to_name_one()
    {
        var error = SingleError("""{ "op": "equals", "value": "north" }""");

        Assert.Equal("$", error.Path);
        Assert.Contains("no \"field\"", error.Message);
    }

    [Fact]
    public void A_misspelt_kind_of_condition_suggests_the_right_one()
    {
        var error = SingleError("""{ "alll": [ true ] }""");

        Assert.Equal("$", error.Path);
        Assert.Contains("Did you mean \"all\"?", error.Message);
    }

    [Fact]
    public void An_unknown_property_of_a_comparison_suggests_the_right_one()
    {
        var errors = ConditionJson.Read("""{ "field": "case.locality", "op": "equals", "valeu": "north" }""", Schema).Errors;

        Assert.Equal("$.valeu", errors[0].Path);
        Assert.Contains("Unknown property \"valeu\"", errors[0].Message);
        Assert.Contains("Did you mean \"value\"?", errors[0].Message);
    }

    [Fact]
    public void A_comparison_next_to_all_says_to_put_it_inside_the_list()
    {
        var errors = ConditionJson.Read("""{ "all": [ true ], "op": "equals" }""", Schema).Errors;

        var error = Assert.Single(errors);
        Assert.Equal("$.op", error.Path);
        Assert.Contains("inside the \"all\" list", error.Message);
    }

    [Fact]
    public void A_property_written_twice_is_reported()
    {
        var errors = ConditionJson.Read("""{ "field": "case.locality", "field": "case.state", "op": "isSet" }""", Schema).Errors;

        var error = Assert.Single(errors);
        Assert.Equal("$.field", error.Path);
        Assert.Contains("more than once", error.Message);
    }

    [Fact]
    public void An_empty_all_is_refused()
    {
        var error = SingleError("""{ "all": [] }""");

        Assert.Equal("$.all", error.Path);
        Assert.Contains("\"all\" has no conditions", error.Message);
    }

    [Fact]
    public void An_empty_any_is_refused()
    {
        var error = SingleError("""{ "not": { "any": [] } }""");

        Assert.Equal("$.not.any", error.Path);
        Assert.Contains("\"any\" has no conditions", error.Message);
    }

    [Fact]
    public void All_that_is_not_a_list_is_refused()
    {
        var error = SingleError("""{ "all": { "field": "case.locality", "op": "isSet" } }""");

        Assert.Equal("$.all", error.Path);
        Assert.Contains("must be a list of conditions", error.Message);
    }

    [Fact]
    public void An_unknown_field_suggests_the_closest_known_name()
    {
        var error = SingleError("""{ "all": [ { "field": "case.levelOfNeeds", "op": "atLeast", "value": "complex" } ] }""");

        Assert.Equal("$.all[0].field", error.Path);
        Assert.Contains("Unknown field \"case.levelOfNeeds\"", error.Message);
        Assert.Contains("Did you mean \"case.levelOfNeed\"?", error.Message);
    }

    [Fact]
    public void A_field_without_its_prefix_suggests_the_prefixed_name()
    {
        var error = SingleError("""{ "field": "youngestChildAge", "op": "lessThan", "value": 5 }""");

        Assert.Contains("Did you mean \"case.youngestChildAge\"?", error.Message);
    }

    [Fact]
    public void A_field_like_no_known_one_lists_the_case_fields()
    {
        var error = SingleError("""{ "field": "case.favouriteColour", "op": "equals", "value": "blue" }""");

        Assert.Contains("case.levelOfNeed", error.Message);
        Assert.Contains("\"variables.\"", error.Message);
    }

    [Fact]
    public void An_undeclared_variable_suggests_a_declared_one()
    {
        var error = SingleError("""{ "field": "variables.familyDecline", "op": "equals", "value": true }""");

        Assert.Equal("$.field", error.Path);
        Assert.Contains("No variable \"familyDecline\" is declared", error.Message);
        Assert.Contains("Did you mean \"variables.familyDeclined\"?", error.Message);
    }

    [Fact]
    public void A_variable_in_a_workflow_that_declares_none_says_to_declare_it()
    {
        var errors = ConditionJson.Read("""{ "field": "variables.familyDeclined", "op": "isSet" }""", ConditionSchema.CaseFieldsOnly).Errors;

        Assert.Contains("declares no variables", Assert.Single(errors).Message);
    }

    [Fact]
    public void An_unknown_operator_lists_the_valid_ones()
    {
        var error = SingleError("""{ "field": "case.childCount", "op": "biggerThan", "value": 2 }""");

        Assert.Equal("$.op", error.Path);
        Assert.Contains("Unknown operator \"biggerThan\"", error.Message);
        Assert.Contains("equals, notEquals, lessThan, atMost, greaterThan, atLeast, isSet, isNotSet", error.Message);
    }

    [Fact]
    public void An_operator_from_another_tool_suggests_ours()
    {
        var error = SingleError("""{ "field": "case.childCount", "op": ">=", "value": 2 }""");

        Assert.Contains("Did you mean \"atLeast\"?", error.Message);
    }

    [Fact]
    public void A_comparison_without_an_operator_lists_the_field_s_operators()
    {
        var error = SingleError("""{ "field": "case.needsCategories", "value": "housing" }""");

        Assert.Equal("$", error.Path);
        Assert.Contains("no \"op\"", error.Message);
        Assert.Contains("contains, isSet, isNotSet", error.Message);
    }

    [Fact]
    public void Contains_on_a_number_is_refused()
    {
        var error = SingleError("""{ "field": "case.childCount", "op": "contains", "value": 2 }""");

        Assert.Equal("$.op", error.Path);
        Assert.Contains("\"contains\" is for lists", error.Message);
        Assert.Contains("case.childCount is a number", error.Message);
    }

    [Fact]
    public void Contains_on_a_choice_suggests_in()
    {
        var error = SingleError("""{ "field": "case.referrerAgency", "op": "contains", "value": "police" }""");

        Assert.Contains("use \"in\"", error.Message);
    }

    [Fact]
    public void An_ordering_operator_on_a_choice_without_order_is_refused()
    {
        var error = SingleError("""{ "field": "case.state", "op": "atLeast", "value": "assessment" }""");

        Assert.Equal("$.op", error.Path);
        Assert.Contains("have no order", error.Message);
    }

    [Fact]
    public void A_number_written_in_quotes_says_to_remove_them()
    {
        var error = SingleError("""{ "field": "case.youngestChildAge", "op": "lessThan", "value": "5" }""");

        Assert.Equal("$.value", error.Path);
        Assert.Contains("must be a number without quotes: write 5", error.Message);
    }

    [Fact]
    public void A_boolean_field_compared_with_text_is_refused()
    {
        var error = SingleError("""{ "field": "case.hasLeadPractitioner", "op": "equals", "value": "yes" }""");

        Assert.Equal("$.value", error.Path);
        Assert.Contains("must be true or false", error.Message);
        Assert.Contains("the text \"yes\"", error.Message);
    }

    [Fact]
    public void A_text_field_compared_with_a_number_is_refused()
    {
        var error = SingleError("""{ "field": "case.locality", "op": "equals", "value": 3 }""");

        Assert.Contains("case.locality is text", error.Message);
    }

    [Fact]
    public void A_date_in_another_format_is_refused()
    {
        var error = SingleError("""{ "field": "variables.reviewDue", "op": "lessThan", "value": "01/06/2026" }""");

        Assert.Equal("$.value", error.Path);
        Assert.Contains("yyyy-MM-dd", error.Message);
    }

    [Fact]
    public void An_unknown_choice_word_lists_the_allowed_words()
    {
        var error = SingleError("""{ "field": "case.levelOfNeed", "op": "atLeast", "value": "Complex" }""");

        Assert.Equal("$.value", error.Path);
        Assert.Contains("\"Complex\" is not a value of case.levelOfNeed", error.Message);
        Assert.Contains("universal, additional, complex, specialist", error.Message);
        Assert.Contains("Did you mean \"complex\"?", error.Message);
    }

    [Fact]
    public void An_enum_name_in_pascal_case_is_not_a_kebab_case_word()
    {
        var error = SingleError("""{ "field": "case.state", "op": "equals", "value": "TeamAroundFamily" }""");

        Assert.Contains("team-around-family", error.Message);
    }

    [Fact]
    public void In_without_a_list_is_refused()
    {
        var error = SingleError("""{ "field": "case.referrerAgency", "op": "in", "value": "police" }""");

        Assert.Equal("$.value", error.Path);
        Assert.Contains("\"in\" needs a non-empty list", error.Message);
    }

    [Fact]
    public void In_with_an_empty_list_is_refused()
    {
        var error = SingleError("""{ "field": "case.referrerAgency", "op": "notIn", "value": [] }""");

        Assert.Equal("$.value", error.Path);
        Assert.Contains("\"notIn\" needs a non-empty list", error.Message);
    }

    [Fact]
    public void An_unknown_word_in_a_list_is_reported_at_its_place()
    {
        var error = SingleError("""{ "field": "case.referrerAgency", "op": "in", "value": ["police", "doctor"] }""");

        Assert.Equal("$.value[1]", error.Path);
        Assert.Contains("\"doctor\"", error.Message);
        Assert.Contains("health", error.Message);
    }

    [Fact]
    public void Is_set_with_a_value_is_refused()
    {
        var error = SingleError("""{ "field": "case.youngestChildAge", "op": "isSet", "value": true }""");

        Assert.Equal("$.value", error.Path);
        Assert.Contains("\"isSet\" takes no value", error.Message);
    }

    [Fact]
    public void An_operator_that_needs_a_value_without_one_is_refused()
    {
        var error = SingleError("""{ "field": "case.levelOfNeed", "op": "equals" }""");

        Assert.Equal("$", error.Path);
        Assert.Contains("\"equals\" needs a \"value\"", error.Message);
    }

    [Fact]
    public void Every_error_of_a_tree_is_reported_with_its_nested_path()
    {
        var errors = ConditionJson.Read("""
            { "all": [
                { "field": "case.levelOfNeed", "op": "atLeast", "value": "complicated" },
                { "any": [ { "field": "case.childCount", "op": "contains", "value": 1 }, { "not": { "field": "case.nope", "op": "isSet" } } ] } ] }
            """, Schema).Errors;

        Assert.Equal(["$.all[0].value", "$.all[1].any[0].op", "$.all[1].any[1].not.field"], errors.Select(e => e.Path));
    }

    [Fact]
    public void Text_that_is_not_json_is_refused()
    {
        var error = SingleError("""{ "all": [ """);

        Assert.Equal("$", error.Path);
        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public void Paths_start_from_where_the_condition_sits_in_its_document()
    {
        using var document = JsonDocument.Parse("""{ "field": "case.locality", "op": "equals", "value": 3 }""");

        var error = Assert.Single(ConditionJson.Read(document.RootElement, Schema, "$.activities[2].inputs.condition").Errors);

        Assert.Equal("$.activities[2].inputs.condition.value", error.Path);
    }
}
