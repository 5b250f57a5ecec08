using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Activities.Tests.EarlyHelp;

public class EarlyHelpLibraryTests
{
    public static TheoryData<string> Types() => [.. ActivityLibrary.EarlyHelp.Select(a => a.Descriptor.Type)];

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_Early_Help_activity_is_in_the_toolbox_with_a_stable_key_and_tooltips(string type)
    {
        var descriptor = ActivityLibrary.Catalogue().Find(type, 1)!.Descriptor;

        Assert.Equal("Early Help", descriptor.Category);
        Assert.StartsWith("early-help/", descriptor.Type, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description));
        Assert.All(descriptor.Inputs, i => Assert.False(string.IsNullOrWhiteSpace(i.Description)));
        Assert.All(descriptor.Ports, p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
        Assert.NotEmpty(descriptor.Ports);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_Early_Help_activity_is_valid_with_its_defaults(string type)
    {
        var required = ActivityLibrary.Catalogue().Find(type, 1)!.Descriptor.Inputs.Where(i => i.Required).Select(i => i.Name).ToList();

        Runs.Single(type, required.Count == 0 ? "{}" : """{"template": "case-update"}""");
    }

    [Fact]
    public void A_malformed_assignee_is_reported_on_its_input()
    {
        var (workflow, _) = WorkflowDefinitionJson.Read("""
            {"id": "t", "name": "t", "version": 1, "status": "draft",
             "activities": [{"id": "start", "type": "flow/start", "typeVersion": 1},
                            {"id": "close", "type": "early-help/close-case", "typeVersion": 1, "inputs": {"signOffAssignee": {"role": "team-manager", "team": "north"}}}],
             "connections": [{"from": "start", "port": "next", "to": "close"}]}
            """);

        var issue = Assert.Single(WorkflowValidator.Validate(workflow!, Runs.Library).Issues);

        Assert.Equal((ValidationCodes.InvalidInput, "close", "signOffAssignee"), (issue.Code, issue.ActivityId, issue.Input));
    }

    [Fact]
    public void An_outbox_that_is_not_a_list_of_texts_is_reported()
    {
        var (workflow, _) = WorkflowDefinitionJson.Read("""
            {"id": "t", "name": "t", "version": 1, "status": "draft", "variables": [{"name": "outbox", "type": "text"}],
             "activities": [{"id": "start", "type": "flow/start", "typeVersion": 1},
                            {"id": "tell", "type": "early-help/notify-referrer", "typeVersion": 1, "inputs": {"template": "triage-outcome", "outbox": "outbox"}}],
             "connections": [{"from": "start", "port": "next", "to": "tell"}]}
            """);

        var issue = Assert.Single(WorkflowValidator.Validate(workflow!, Runs.Library).Issues);

        Assert.Equal((ValidationCodes.InvalidInput, "tell", "outbox"), (issue.Code, issue.ActivityId, issue.Input));
        Assert.Equal("the variable \"outbox\" must be a text-list to collect messages, and it is text", issue.Message);
    }
}
