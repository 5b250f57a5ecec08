using EarlyHelp.Workflows.Definitions;
using EarlyHelp.Workflows.Runtime;
using EarlyHelp.Workflows.Versions;
using static EarlyHelp.Activities.Tests.Versions.VersionFixtures;

namespace EarlyHelp.Activities.Tests.Versions;

public class InstanceMigrationTests
{
    private static readonly Dictionary<string, string> ReviewMap = Map(("review-a", "review-b"));

    private static InstanceMigrationPlan Plan(WorkflowInstance instance, WorkflowDefinition to, Dictionary<string, string> map) =>
        InstanceMigration.Plan(instance, ReviewV1, to, map, Library);

    [Fact]
    public void An_unmapped_waiting_activity_blocks_the_move()
    {
        var instance = Start(ReviewV1).Instance;

        var plan = Plan(instance, ReviewV2, []);

        Assert.Equal(MigrationVerdict.Blocked, plan.Verdict);
        var problem = Assert.Single(plan.Problems);
        Assert.Equal((MigrationProblemCodes.Unmapped, "review-a"), (problem.Code, problem.ActivityId));
        Assert.Equal("it waits at 'review-a' (Human task, flow/human-task v1), which v2 does not have and the map does not mention: map 'review-a' to an activity of v2", problem.Message);
    }

    [Fact]
    public void A_mapped_waiting_activity_moves_and_the_engine_resumes_it_on_the_new_version()
    {
        var started = Start(ReviewV1);
        var taskId = Assert.Single(started.TasksCreated).Id;

        var result = InstanceMigration.Apply(Plan(started.Instance, ReviewV2, ReviewMap));
        var resumed = Complete(ReviewV2, result.Instance!, taskId);

        Assert.Equal(2, result.Instance!.DefinitionVersion);
        Assert.Equal("close", Assert.Single(resumed.Instance.Executions).ActivityId);
        Assert.Equal("close", Assert.Single(resumed.TasksCreated).ActivityId);
    }

    [Fact]
    public void The_plan_names_the_tasks_whose_rows_the_host_moves_to_the_new_activity()
    {
        var started = Start(ReviewV1);

        var move = Assert.Single(Plan(started.Instance, ReviewV2, ReviewMap).Executions);

        Assert.Equal(("review-a", "review-b", MoveRoute.Mapped, true), (move.FromActivityId, move.ToActivityId, move.Route, move.IsRenamed));
        Assert.Equal([Assert.Single(started.TasksCreated).Id], move.TaskIds);
    }

    [Fact]
    public void Planning_and_applying_leave_the_instance_as_it_was()
    {
        var instance = Start(ReviewV1).Instance;

        InstanceMigration.Apply(Plan(instance, ReviewV2, ReviewMap));

        Assert.Equal((1, "review-a"), (instance.DefinitionVersion, Assert.Single(instance.Executions).ActivityId));
    }

    [Fact]
    public void A_waiting_activity_kept_by_the_newer_version_stays_without_a_map()
    {
        var v3 = ReviewV1 with { Version = 3, Activities = [.. ReviewV1.Activities, ReviewV2.FindActivity("close")!], Connections = [.. ReviewV1.Connections, new Connection("review-a", "done", "close")] };

        var plan = Plan(Start(ReviewV1).Instance, v3, []);

        Assert.True(plan.CanMove, plan.Summary);
        Assert.Equal(MoveRoute.SameActivity, Assert.Single(plan.Executions).Route);
    }

    [Fact]
    public void A_map_from_a_human_task_to_a_delay_is_refused_because_the_task_would_be_orphaned()
    {
        var v3 = Read(Workflow(3, "published", Delay("pause"), Connection("start", "next", "pause")));

        var plan = Plan(Start(ReviewV1).Instance, v3, Map(("review-a", "pause")));

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(MigrationProblemCodes.MapIncompatibleType, problem.Code);
        Assert.Equal("the map moves 'review-a' (Human task, flow/human-task v1) to 'pause' (Delay, flow/delay v1): the task, timer, event or branches it waits for would be orphaned; map it to an activity of the same type and type version", problem.Message);
    }

    [Fact]
    public void A_map_target_the_newer_version_lacks_is_refused()
    {
        var plan = Plan(Start(ReviewV1).Instance, ReviewV2, Map(("review-a", "review-c")));

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(MigrationProblemCodes.MapTargetUnknown, problem.Code);
        Assert.Contains("(did you mean 'review-b'?)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_key_the_older_version_lacks_is_refused()
    {
        var plan = Plan(Start(ReviewV1).Instance, ReviewV2, Map(("review-a", "review-b"), ("triage", "close")));

        Assert.Equal(MigrationProblemCodes.MapKeyUnknown, Assert.Single(plan.Problems).Code);
    }

    [Fact]
    public void A_waiting_task_whose_outcome_the_new_activity_lacks_blocks_the_move()
    {
        var v1 = Read(Workflow(1, "published", Task("review-a", "Review", """["approve", "reject"]"""), Connection("start", "next", "review-a")));

        var plan = InstanceMigration.Plan(Start(v1).Instance, v1, ReviewV2, ReviewMap, Library);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(MigrationProblemCodes.PortMissing, problem.Code);
        Assert.StartsWith("it waits at 'review-a', which can leave by 'approve', 'reject'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_waiting_activities_of_one_branch_mapped_to_one_activity_block_the_move()
    {
        var instance = Start(ForkV1).Instance;

        var plan = InstanceMigration.Plan(instance, ForkV1, ForkV2, Map(("task-a", "task-b"), ("join", "meet")), Library);

        Assert.Equal(MigrationProblemCodes.ExecutionsMerge, Assert.Single(plan.Problems).Code);
    }

    [Fact]
    public void A_join_part_way_through_whose_activity_disappears_blocks_the_move()
    {
        var started = Start(ForkV1);
        var half = Complete(ForkV1, started.Instance, started.TasksCreated.Single(t => t.ActivityId == "task-a").Id).Instance;

        var plan = InstanceMigration.Plan(half, ForkV1, ForkV2, Map(("task-a", "check-a")), Library);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal((MigrationProblemCodes.SharedStateLost, "join"), (problem.Code, problem.ActivityId));
    }

    [Fact]
    public void A_mapped_join_part_way_through_moves_with_its_arrivals_and_fires_on_the_new_version()
    {
        var started = Start(ForkV1);
        var half = Complete(ForkV1, started.Instance, started.TasksCreated.Single(t => t.ActivityId == "task-a").Id).Instance;

        var plan = InstanceMigration.Plan(half, ForkV1, ForkV2, Map(("task-a", "check-a"), ("join", "meet")), Library);
        var moved = InstanceMigration.Apply(plan).Instance!;
        var finished = Complete(ForkV2, moved, started.TasksCreated.Single(t => t.ActivityId == "task-b").Id);

        Assert.Equal(["meet"], moved.SharedStates.Keys);
        Assert.Equal("after", Assert.Single(finished.TasksCreated).ActivityId);
    }

    [Fact]
    public void A_variable_new_in_the_newer_version_starts_at_its_default()
    {
        var instance = Start(ForkV1).Instance;

        var moved = InstanceMigration.Apply(InstanceMigration.Plan(instance, ForkV1, ForkV2, Map(("task-a", "check-a"), ("join", "meet")), Library)).Instance!;

        Assert.Equal("none yet", moved.Variables["notes"]!.GetValue<string>());
    }

    [Fact]
    public void An_instance_on_another_version_is_refused()
    {
        var onV2 = Start(ReviewV2).Instance;

        var plan = Plan(onV2, ReviewV2 with { Version = 3 }, ReviewMap);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal((MigrationProblemCodes.WrongVersion, "it runs review-pathway v2, not review-pathway v1: plan it from the version it runs"), (problem.Code, problem.Message));
    }

    [Fact]
    public void A_draft_version_is_refused_as_a_target()
    {
        var plan = Plan(Start(ReviewV1).Instance, ReviewV2 with { Status = DefinitionStatus.Draft }, ReviewMap);

        Assert.Equal(MigrationProblemCodes.TargetNotPublished, Assert.Single(plan.Problems).Code);
    }

    [Fact]
    public void An_ended_instance_is_reported_as_nothing_to_move()
    {
        var started = Start(ReviewV1);
        var ended = Complete(ReviewV1, started.Instance, started.TasksCreated[0].Id).Instance;

        var plan = Plan(ended, ReviewV2, ReviewMap);

        Assert.Equal(MigrationVerdict.NothingToMove, plan.Verdict);
        Assert.Empty(plan.Problems);
        Assert.Equal($"instance {ended.Id} has nothing to move: it is completed on 2026-03-02, so nothing waits", plan.Summary);
    }

    [Fact]
    public void Applying_a_plan_that_cannot_move_is_refused_and_moves_nothing()
    {
        var plan = Plan(Start(ReviewV1).Instance, ReviewV2, []);

        var result = InstanceMigration.Apply(plan);

        Assert.False(result.IsApplied);
        Assert.Null(result.Instance);
        Assert.StartsWith($"instance {plan.InstanceId} cannot move: it waits at 'review-a'", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dry_run_reports_what_would_happen_to_each_instance()
    {
        var moving = Start(ReviewV1).Instance;
        var alsoMoving = Start(ReviewV1).Instance;
        var onV2 = Start(ReviewV2).Instance;
        var started = Start(ReviewV1);
        var ended = Complete(ReviewV1, started.Instance, started.TasksCreated[0].Id).Instance;

        var run = InstanceMigration.DryRun([moving, alsoMoving, onV2, ended], ReviewV1, ReviewV2, ReviewMap, Library);

        Assert.Equal(
            $"""
            review-pathway v1 -> v2: 2 instances would move; 1 cannot; 1 has nothing to move.
              instance {onV2.Id} cannot move: it runs review-pathway v2, not review-pathway v1: plan it from the version it runs
              instance {ended.Id} has nothing to move: it is completed on 2026-03-02, so nothing waits
              review-a -> review-b: 2 waiting activities

            """.ReplaceLineEndings(),
            run.ToText());
    }

    [Fact]
    public void A_dry_run_reports_a_problem_of_the_map_once()
    {
        var run = InstanceMigration.DryRun([Start(ReviewV1).Instance, Start(ReviewV1).Instance], ReviewV1, ReviewV2, Map(("review-a", "review-c")), Library);

        Assert.Single(run.MapProblems);
        Assert.Equal(2, run.Blocked.Count);
        Assert.Single(run.ToText().Split('\n'), line => line.Contains("review-c", StringComparison.Ordinal));
    }

    [Fact]
    public void The_audit_record_says_who_moved_which_instances_when_and_with_what_map()
    {
        var at = new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero);
        var results = new[] { Start(ReviewV1).Instance, Start(ReviewV1).Instance }
            .Select(i => InstanceMigration.Apply(Plan(i, ReviewV2, ReviewMap)))
            .ToList();

        var record = InstanceMigrationRecord.For(Administrator, at, results, "review step renamed");

        Assert.Equal((Administrator, at, "review-pathway", 1, 2), (record.By, record.At, record.WorkflowId, record.FromVersion, record.ToVersion));
        Assert.Equal(ReviewMap, record.ActivityMap);
        Assert.Equal(results.Select(r => r.Plan.InstanceId), record.InstanceIds);
    }
}
