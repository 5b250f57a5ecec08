namespace EarlyHelp.Activities.Tests.Patterns;

/// <summary>
/// One executable test per control-flow pattern of the Workflow Patterns catalogue (workflowpatterns.com)
/// that DESIGN.md names, each a fixture in Fixtures/ with a workflow, a scripted scenario and the expected
/// trace; then the timer patterns and incidents.
/// </summary>
public class WorkflowPatternTests
{
    [Fact]
    public void WCP01_sequence_runs_each_activity_after_the_previous_one() => PatternFixture.AssertTrace("wcp01-sequence");

    [Fact]
    public void WCP02_parallel_split_and_WCP03_synchronisation_wait_for_both_branches() => PatternFixture.AssertTrace("wcp02-parallel-split-wcp03-synchronisation");

    [Fact]
    public void WCP04_exclusive_choice_goes_one_way_by_the_level_of_need() => PatternFixture.AssertTrace("wcp04-exclusive-choice");

    [Fact]
    public void WCP05_simple_merge_continues_from_whichever_branch_ran() => PatternFixture.AssertTrace("wcp05-simple-merge");

    [Fact]
    public void WCP06_multi_choice_and_WCP07_synchronising_merge_wait_only_for_the_branches_taken() => PatternFixture.AssertTrace("wcp06-multi-choice-wcp07-synchronising-merge");

    [Fact]
    public void WCP09_structured_discriminator_continues_once_with_the_first_branch() => PatternFixture.AssertTrace("wcp09-structured-discriminator");

    [Fact]
    public void WCP10_arbitrary_cycles_go_round_through_a_timer() => PatternFixture.AssertTrace("wcp10-arbitrary-cycles");

    [Fact]
    public void WCP11_implicit_termination_ends_when_nothing_is_left() => PatternFixture.AssertTrace("wcp11-implicit-termination");

    [Fact]
    public void WCP14_multiple_instances_run_one_branch_per_child() => PatternFixture.AssertTrace("wcp14-multiple-instances-per-child");

    [Fact]
    public void WCP16_deferred_choice_takes_whichever_happens_first() => PatternFixture.AssertTrace("wcp16-deferred-choice");

    [Fact]
    public void WCP18_milestone_allows_the_task_only_while_the_case_is_in_its_state() => PatternFixture.AssertTrace("wcp18-milestone");

    [Fact]
    public void WCP19_cancel_task_withdraws_a_waiting_task() => PatternFixture.AssertTrace("wcp19-cancel-task");

    [Fact]
    public void WCP20_cancel_case_ends_the_instance_when_the_case_steps_up() => PatternFixture.AssertTrace("wcp20-cancel-case");

    [Fact]
    public void WCP21_structured_loop_repeats_while_its_condition_holds() => PatternFixture.AssertTrace("wcp21-structured-loop");

    [Fact]
    public void WCP24_persistent_trigger_keeps_an_early_event_until_its_wait_and_ignores_a_duplicate() => PatternFixture.AssertTrace("wcp24-persistent-trigger");

    [Fact]
    public void WCP25_cancel_region_withdraws_every_activity_in_it() => PatternFixture.AssertTrace("wcp25-cancel-region");

    [Fact]
    public void WCP43_explicit_termination_ends_the_instance_and_withdraws_the_rest() => PatternFixture.AssertTrace("wcp43-explicit-termination");

    [Fact]
    public void A_duration_in_working_days_skips_Good_Friday_and_Easter_Monday() => PatternFixture.AssertTrace("timer-duration-working-days-over-easter");

    [Fact]
    public void A_deadline_counts_working_days_from_the_enquiry() => PatternFixture.AssertTrace("timer-deadline-from-enquiry");

    [Fact]
    public void A_cycle_ticks_every_six_calendar_weeks() => PatternFixture.AssertTrace("timer-cycle-every-six-weeks");

    [Fact]
    public void A_task_for_a_lead_practitioner_faults_until_one_is_allocated_then_a_retry_creates_it() => PatternFixture.AssertTrace("incident-retry-after-allocation");
}
