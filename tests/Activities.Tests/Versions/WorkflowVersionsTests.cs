using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Versions;
using static EarlyHelp.Activities.Tests.Versions.VersionFixtures;

namespace EarlyHelp.Activities.Tests.Versions;

public class WorkflowVersionsTests
{
    private static WorkflowDefinition Draft(int version = 2) => ReviewV2 with { Version = version, Status = DefinitionStatus.Draft };

    [Fact]
    public void A_published_version_cannot_be_updated()
    {
        var result = WorkflowVersions.UpdateDraft(ReviewV1, ReviewV1 with { Name = "Renamed" });

        Assert.False(result.IsAccepted);
        Assert.Equal("version 1 is published and never changes: edit a new draft", result.Reason);
        Assert.Null(result.Definition);
    }

    [Fact]
    public void A_draft_takes_an_edit_of_the_same_version()
    {
        var result = WorkflowVersions.UpdateDraft(Draft(), Draft() with { Name = "Renamed" });

        Assert.True(result.IsAccepted);
        Assert.Equal("Renamed", result.Definition!.Name);
    }

    [Fact]
    public void An_edit_of_another_version_is_refused()
    {
        var result = WorkflowVersions.UpdateDraft(Draft(2), Draft(3));

        Assert.Equal("the edit is for review-pathway v3, not review-pathway v2: open the draft again and repeat the edit on it", result.Reason);
    }

    [Fact]
    public void An_edit_cannot_publish_a_draft()
    {
        var result = WorkflowVersions.UpdateDraft(Draft(), Draft() with { Status = DefinitionStatus.Published });

        Assert.False(result.IsAccepted);
        Assert.StartsWith("an edit cannot publish version 2", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_draft_is_the_next_version_and_a_draft()
    {
        var result = WorkflowVersions.NewDraft(ReviewV1);

        Assert.Equal((2, DefinitionStatus.Draft), (result.Definition!.Version, result.Definition.Status));
        Assert.True(WorkflowDiff.Between(ReviewV1, result.Definition).IsEmpty);
    }

    [Fact]
    public void A_new_draft_is_refused_while_the_workflow_has_a_draft()
    {
        var result = WorkflowVersions.NewDraft([ReviewV1, Draft(2)]);

        Assert.Equal("version 2 of review-pathway is a draft already: edit it, or publish it first", result.Reason);
    }

    [Fact]
    public void Publishing_an_invalid_draft_is_refused_with_its_issues_and_publishes_nothing()
    {
        var invalid = Draft() with { Connections = [.. Draft().Connections, new Connection("close", "done", "nowhere")] };

        var result = WorkflowVersions.Publish(invalid, Library);

        Assert.False(result.IsAccepted);
        Assert.Null(result.Definition);
        Assert.Equal("version 2 of review-pathway has 1 problem to fix before it can be published; it stays a draft", result.Reason);
        Assert.Equal(ValidationCodes.DanglingConnection, Assert.Single(result.Report.Issues).Code);
    }

    [Fact]
    public void Publishing_a_valid_draft_makes_it_published()
    {
        var result = WorkflowVersions.Publish(Draft(), Library);

        Assert.True(result.IsAccepted, result.ToString());
        Assert.Equal(DefinitionStatus.Published, result.Definition!.Status);
    }

    [Fact]
    public void Publishing_a_published_version_is_refused()
    {
        var result = WorkflowVersions.Publish(ReviewV1, Library);

        Assert.Equal("version 1 of review-pathway is published already", result.Reason);
    }

    [Fact]
    public void A_new_workflow_starts_as_draft_version_one()
    {
        var result = WorkflowVersions.Create(ReviewV2 with { Id = "another-pathway" }, [ReviewV1]);

        Assert.Equal(("another-pathway", 1, DefinitionStatus.Draft), (result.Definition!.Id, result.Definition.Version, result.Definition.Status));
    }

    [Fact]
    public void A_new_workflow_with_a_taken_id_is_refused()
    {
        var result = WorkflowVersions.Create(ReviewV2, [ReviewV1]);

        Assert.StartsWith("a workflow with the id \"review-pathway\" exists already", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exported_version_imports_as_the_next_draft_unchanged()
    {
        var result = WorkflowVersions.Import(WorkflowVersions.Export(ReviewV1), [ReviewV1]);

        Assert.Equal((2, DefinitionStatus.Draft), (result.Definition!.Version, result.Definition.Status));
        Assert.True(WorkflowDiff.Between(ReviewV1, result.Definition).IsEmpty);
    }

    [Fact]
    public void An_import_keeps_its_version_number_when_it_is_the_newest()
    {
        var result = WorkflowVersions.Import(WorkflowVersions.Export(ReviewV2), [ReviewV1]);

        Assert.Equal((2, DefinitionStatus.Draft), (result.Definition!.Version, result.Definition.Status));
    }

    [Fact]
    public void An_unreadable_import_is_refused_with_the_reader_s_report()
    {
        var result = WorkflowVersions.Import("{ \"id\": ", []);

        Assert.Equal("the file cannot be read as a workflow definition", result.Reason);
        Assert.Equal(ValidationCodes.MalformedJson, Assert.Single(result.Report.Issues).Code);
    }

    [Fact]
    public void New_instances_start_on_the_newest_published_version()
    {
        Assert.Equal(2, WorkflowVersions.NewestPublished([ReviewV1, ReviewV2, Draft(3)])!.Version);
    }
}
