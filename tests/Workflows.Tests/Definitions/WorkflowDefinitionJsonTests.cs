using System.Text.Json.Nodes;
using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Workflows.Tests.Definitions;

/// <summary>Reading never throws on bad input: each problem is reported with where it is; writing what was read gives the same text.</summary>
public class WorkflowDefinitionJsonTests
{
    private const string Minimal = """
        {
          "id": "minimal",
          "name": "Minimal",
          "version": 1,
          "status": "draft",
          "activities": [ { "id": "start", "type": "flow/start", "typeVersion": 1 } ],
          "connections": [ { "from": "start", "port": "next", "to": "start" } ]
        }
        """;

    [Fact]
    public void Malformed_json_is_reported_with_its_line_and_position()
    {
        var (definition, report) = WorkflowDefinitionJson.Read("{\n  \"id\": \"x\",\n  \"name\" \"y\"\n}");

        Assert.Null(definition);
        var issue = Assert.Single(report.Issues);
        Assert.Equal("malformed-json", issue.Code);
        Assert.Contains("line 3, position 10", issue.Message);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("name")]
    [InlineData("version")]
    [InlineData("status")]
    [InlineData("activities")]
    public void A_missing_top_level_field_is_named(string field)
    {
        var (definition, report) = WorkflowDefinitionJson.Read(Changed(Minimal, root => root.AsObject().Remove(field)));

        Assert.Null(definition);
        var issue = Assert.Single(report.Issues);
        Assert.Equal("malformed-definition", issue.Code);
        Assert.Equal($"$: the field \"{field}\" is missing", issue.Message);
    }

    [Fact]
    public void A_missing_field_of_a_connection_is_named_with_its_path()
    {
        var (definition, report) = WorkflowDefinitionJson.Read(Changed(Minimal, root => root["connections"]![0]!.AsObject().Remove("to")));

        Assert.Null(definition);
        Assert.Equal("$.connections[0]: the field \"to\" is missing", Assert.Single(report.Issues).Message);
    }

    [Fact]
    public void An_unknown_top_level_field_is_refused()
    {
        var (definition, report) = WorkflowDefinitionJson.Read(Changed(Minimal, root => root["colour"] = "blue"));

        Assert.Null(definition);
        var issue = Assert.Single(report.Issues);
        Assert.Equal("malformed-definition", issue.Code);
        Assert.Equal("$.colour: is not a field of a workflow definition", issue.Message);
    }

    [Fact]
    public void The_schema_field_is_accepted()
    {
        var (definition, report) = WorkflowDefinitionJson.Read(Changed(Minimal, root => root["$schema"] = "../schema/workflow-definition.schema.json"));

        Assert.True(report.IsValid, report.ToString());
        Assert.NotNull(definition);
    }

    [Fact]
    public void Writing_what_was_read_gives_the_same_text()
    {
        var fixture = SourceFiles.ReadBeside("referral-to-closure.json").ReplaceLineEndings("\n");
        var (definition, report) = WorkflowDefinitionJson.Read(fixture);

        Assert.True(report.IsValid, report.ToString());
        Assert.Equal(fixture, WorkflowDefinitionJson.Write(definition!).ReplaceLineEndings("\n"));
    }

    private static string Changed(string json, Action<JsonNode> change)
    {
        var root = JsonNode.Parse(json)!;
        change(root);
        return root.ToJsonString();
    }
}
