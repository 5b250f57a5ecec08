using System.Text.Json;
using EarlyHelp.Workflows.Cases;
using EarlyHelp.Workflows.Conditions;

namespace EarlyHelp.Workflows.Tests.Conditions;

/// <summary>Typed values, and variables' values read from JSON.</summary>
public class ConditionValueTests
{
    private static ConditionValue FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ConditionValue.FromJson(document.RootElement);
    }

    [Fact]
    public void Json_text_is_text()
    {
        Assert.Equal(ConditionValue.FromText("north"), FromJson("\"north\""));
    }

    [Fact]
    public void Json_numbers_are_decimal_numbers()
    {
        Assert.Equal(ConditionValue.FromNumber(2.5m), FromJson("2.5"));
    }

    [Fact]
    public void Json_true_and_false_are_booleans()
    {
        Assert.Equal(ConditionValue.True, FromJson("true"));
        Assert.Equal(ConditionValue.False, FromJson("false"));
    }

    [Fact]
    public void A_json_list_of_texts_is_a_list()
    {
        Assert.Equal(ConditionValue.FromTextList(["a", "b"]), FromJson("""["a", "b"]"""));
    }

    [Fact]
    public void Json_null_is_not_set()
    {
        Assert.Equal(ConditionValue.NotSet, FromJson("null"));
    }

    [Fact]
    public void A_json_object_is_refused()
    {
        Assert.Throws<ArgumentException>(() => FromJson("""{ "a": 1 }"""));
    }

    [Fact]
    public void A_json_list_of_numbers_is_refused()
    {
        Assert.Throws<ArgumentException>(() => FromJson("[1, 2]"));
    }

    [Fact]
    public void Values_are_equal_by_kind_and_content()
    {
        Assert.Equal(ConditionValue.FromNumber(5), ConditionValue.FromNumber(5.0m));
        Assert.NotEqual(ConditionValue.FromText("5"), ConditionValue.FromNumber(5));
        Assert.NotEqual(ConditionValue.FromTextList(["a", "b"]), ConditionValue.FromTextList(["b", "a"]));
        Assert.Equal(ConditionValue.FromDate(new DateOnly(2026, 6, 1)), ConditionValue.FromDate(new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void An_enum_value_is_its_kebab_case_word()
    {
        Assert.Equal(ConditionValue.FromText("team-around-family"), ConditionValue.FromEnum(CaseState.TeamAroundFamily));
    }
}
