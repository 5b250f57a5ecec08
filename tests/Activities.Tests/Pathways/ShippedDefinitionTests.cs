using EarlyHelp.Activities.Tests.EarlyHelp;
using EarlyHelp.Workflows.Definitions;

namespace EarlyHelp.Activities.Tests.Pathways;

public class ShippedDefinitionTests
{
    public static TheoryData<string> Files() => [.. ShippedPathways.Files];

    [Fact]
    public void The_three_pathways_ship_in_their_first_published_version()
    {
        Assert.Equal(["referral-to-closure.v1.json", "review-cycle.v1.json", "step-down.v1.json"], ShippedPathways.Files);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_shipped_definition_reads_and_validates(string file)
    {
        var workflow = ShippedPathways.Read(file);

        var report = WorkflowValidator.Validate(workflow, Runs.Library);

        Assert.True(report.IsValid, $"{file}:\n{report}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_shipped_definition_is_published_in_the_file_named_after_its_id_and_version(string file)
    {
        var workflow = ShippedPathways.Read(file);

        Assert.Equal(DefinitionStatus.Published, workflow.Status);
        Assert.Equal($"{workflow.Id}.v{workflow.Version}.json", file);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_activity_of_a_shipped_definition_has_a_place_and_a_name_in_the_designer(string file)
    {
        var workflow = ShippedPathways.Read(file);

        Assert.All(workflow.Activities, a =>
        {
            Assert.True(workflow.Layout.ContainsKey(a.Id), $"{a.Id} has no position in the layout");
            Assert.False(string.IsNullOrWhiteSpace(a.DisplayName), $"{a.Id} has no display name");
        });
        Assert.Equal(workflow.Activities.Count, workflow.Layout.Values.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_shipped_definition_survives_the_writer(string file)
    {
        var workflow = ShippedPathways.Read(file);

        var written = WorkflowDefinitionJson.Write(workflow);
        var (reread, report) = WorkflowDefinitionJson.Read(written);

        Assert.True(reread is not null, report.ToString());
        Assert.Equal(written, WorkflowDefinitionJson.Write(reread));
    }
}
