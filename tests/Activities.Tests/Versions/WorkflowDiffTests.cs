using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Versions;
using static EarlyHelp.Activities.Tests.Versions.VersionFixtures;

namespace EarlyHelp.Activities.Tests.Versions;

public class WorkflowDiffTests
{
    private static WorkflowDefinition Version(int version, string activities, string connections, string variables = "", string layout = "") =>
        Read(Workflow(version, "draft", activities, connections, variables, layout));

    private static readonly WorkflowDefinition Base = Version(1,
        Task("review", "Review the plan") + ", " + Delay("pause"),
        Connection("start", "next", "review") + ", " + Connection("review", "done", "pause"),
        """{ "name": "attempts", "type": "number", "default": 0 }, { "name": "notes", "type": "text" }""",
        """ "start": { "x": 0, "y": 0 }, "review": { "x": 100, "y": 0 } """);

    [Fact]
    public void Added_and_removed_activities_are_found()
    {
        var newer = Version(2,
            Task("review", "Review the plan") + ", " + Task("close", "Close"),
            Connection("start", "next", "review") + ", " + Connection("review", "done", "close"),
            """{ "name": "attempts", "type": "number", "default": 0 }, { "name": "notes", "type": "text" }""");

        var diff = WorkflowDiff.Between(Base, newer);

        Assert.Equal(["close"], diff.ActivitiesAdded.Select(a => a.Id));
        Assert.Equal(["pause"], diff.ActivitiesRemoved.Select(a => a.Id));
    }

    [Fact]
    public void A_changed_input_is_named_with_its_old_and_new_JSON()
    {
        var newer = Base with { Version = 2, Activities = [.. Base.Activities.Select(a => a.Id == "review" ? Read(Workflow(2, "draft", Task("review", "Hold the review", """["done", "escalate"]"""), "")).FindActivity("review")! : a)] };

        var change = Assert.Single(WorkflowDiff.Between(Base, newer).ActivitiesChanged);

        Assert.Equal("review", change.ActivityId);
        Assert.Equal([ActivityChange.InputsField], change.Fields);
        Assert.Equal(["outcomes", "title"], change.ChangedInputs);
        Assert.Equal(new InputChange("title", "\"Review the plan\"", "\"Hold the review\""), change.InputChanges[1]);
    }

    [Fact]
    public void A_changed_type_is_found()
    {
        var newer = Base with { Version = 2, Activities = [.. Base.Activities.Select(a => a.Id == "pause" ? a with { Type = "flow/wait-until" } : a)] };

        var change = Assert.Single(WorkflowDiff.Between(Base, newer).ActivitiesChanged);

        Assert.Equal([ActivityChange.TypeField], change.Fields);
        Assert.True(change.ChangesBehaviour);
    }

    [Fact]
    public void Input_JSON_is_compared_by_value_not_by_whitespace_or_property_order()
    {
        var reordered = Version(2,
            """{ "id": "review", "type": "flow/human-task", "typeVersion": 1, "inputs": { "outcomes": [ "done" ], "assignee": {"team":"early-help-hub"}, "title": "Review the plan", "taskType": "review" } }, """ + Delay("pause"),
            Connection("start", "next", "review") + ", " + Connection("review", "done", "pause"),
            """{ "name": "attempts", "type": "number", "default": 0 }, { "name": "notes", "type": "text" }""",
            """ "start": { "x": 0, "y": 0 }, "review": { "x": 100, "y": 0 } """);

        Assert.True(WorkflowDiff.Between(Base, reordered).IsEmpty);
    }

    [Fact]
    public void Connections_added_and_removed_are_found()
    {
        var newer = Base with { Version = 2, Connections = [new Connection("start", "next", "review"), new Connection("review", "done", "review")] };

        var diff = WorkflowDiff.Between(Base, newer);

        Assert.Equal([new Connection("review", "done", "review")], diff.ConnectionsAdded);
        Assert.Equal([new Connection("review", "done", "pause")], diff.ConnectionsRemoved);
    }

    [Fact]
    public void Variables_added_removed_and_changed_are_found()
    {
        var newer = Version(2,
            Task("review", "Review the plan") + ", " + Delay("pause"),
            Connection("start", "next", "review") + ", " + Connection("review", "done", "pause"),
            """{ "name": "attempts", "type": "number", "default": 1 }, { "name": "declined", "type": "boolean" }""",
            """ "start": { "x": 0, "y": 0 }, "review": { "x": 100, "y": 0 } """);

        var diff = WorkflowDiff.Between(Base, newer);

        Assert.Equal(["declined"], diff.VariablesAdded.Select(v => v.Name));
        Assert.Equal(["notes"], diff.VariablesRemoved.Select(v => v.Name));
        var change = Assert.Single(diff.VariablesChanged);
        Assert.Equal("attempts", change.Name);
        Assert.Equal([VariableChange.DefaultField], change.Fields);
    }

    [Fact]
    public void Layout_only_changes_do_not_change_behaviour()
    {
        var moved = Base with
        {
            Version = 2,
            Layout = new Dictionary<string, ActivityPosition> { ["start"] = new(0, 0), ["review"] = new(140, 60), ["pause"] = new(300, 0) },
        };

        var diff = WorkflowDiff.Between(Base, moved);

        Assert.False(diff.ChangesBehaviour);
        Assert.Equal(["review", "pause"], diff.Layout.Select(l => l.ActivityId));
    }

    [Fact]
    public void A_display_name_or_a_new_name_does_not_change_behaviour()
    {
        var renamed = Base with
        {
            Version = 2,
            Name = "Review pathway (2026)",
            Activities = [.. Base.Activities.Select(a => a.Id == "review" ? a with { DisplayName = "Review" } : a)],
        };

        var diff = WorkflowDiff.Between(Base, renamed);

        Assert.False(diff.ChangesBehaviour);
        Assert.Equal([ActivityChange.DisplayNameField], Assert.Single(diff.ActivitiesChanged).Fields);
        Assert.Equal("name", Assert.Single(diff.Details).Field);
    }

    [Fact]
    public void The_text_lists_the_changes_to_behaviour_before_the_others()
    {
        var newer = Version(2,
            Task("review", "Hold the review") + ", " + Task("close", "Close"),
            Connection("start", "next", "review") + ", " + Connection("review", "done", "close"),
            """{ "name": "attempts", "type": "number", "default": 1 }, { "name": "notes", "type": "text" }, { "name": "declined", "type": "boolean" }""",
            """ "start": { "x": 0, "y": 0 }, "review": { "x": 120, "y": 0 } """);

        Assert.Equal(
            """
            review-pathway v1 -> v2
            Changes to behaviour:
              + activity close (flow/human-task v1)
              - activity pause (flow/delay v1)
              ~ activity review: input title
              + connection review.done -> close
              - connection review.done -> pause
              + variable declined (boolean)
              ~ variable attempts: default 0 -> 1
            Other changes (no effect on behaviour):
              layout: 1 activity moved (review)

            """.ReplaceLineEndings(),
            WorkflowDiff.Between(Base, newer).ToText());
    }
}
