using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Tests.StateMachines;

public class StateMachineTests
{
    private static readonly StateMachine<DoorState, DoorTrigger, Door> Machine = DoorMachine.Machine;

    [Fact]
    public void A_permitted_trigger_moves_the_subject_and_reports_the_move()
    {
        var door = DoorMachine.InState(DoorState.Open);

        var result = Machine.Fire(door, DoorTrigger.Close, new Push("Sam"));

        Assert.True(result.IsAccepted);
        Assert.Equal(Refusal.None, result.Refusal);
        Assert.Equal((DoorTrigger.Close, DoorState.Open, DoorState.Closed), (result.Trigger, result.From, result.To));
        Assert.Empty(result.Reasons);
        Assert.Null(result.Reason);
        Assert.Equal(DoorState.Closed, door.State);
    }

    [Fact]
    public void The_actions_are_given_the_transition_with_its_data()
    {
        var door = DoorMachine.InState(DoorState.Open);
        var push = new Push("Sam");

        Machine.Fire(door, DoorTrigger.Close, push);

        var move = Assert.Single(door.Moves);
        Assert.Equal(new Transition<DoorState, DoorTrigger>(DoorTrigger.Close, DoorState.Open, DoorState.Closed, IsInternal: false, IsReplay: false, push), move);
    }

    [Fact]
    public void A_trigger_not_permitted_in_the_state_is_refused_and_changes_nothing()
    {
        var door = DoorMachine.InState(DoorState.Open);

        var result = Machine.Fire(door, DoorTrigger.Lock, new Key("1234"));

        Assert.Equal(Refusal.NotPermittedInState, result.Refusal);
        Assert.Equal("Lock is not permitted in Open", result.Reason);
        Assert.Equal(DoorState.Open, result.To);
        Assert.Equal(DoorState.Open, door.State);
        Assert.Empty(door.Log);
    }

    [Fact]
    public void A_guard_refusal_gives_the_guard_reason_and_runs_no_action()
    {
        var door = DoorMachine.InState(DoorState.Open);
        door.Obstructed = true;

        var result = Machine.Fire(door, DoorTrigger.Close, new Push("Sam"));

        Assert.Equal(Refusal.GuardRefused, result.Refusal);
        Assert.Equal(["something is in the doorway"], result.Reasons);
        Assert.Equal(DoorState.Open, door.State);
        Assert.Empty(door.Log);
        Assert.Empty(door.Moves);
    }

    [Fact]
    public void A_data_check_refusal_is_invalid_data_and_runs_no_action()
    {
        var door = DoorMachine.InState(DoorState.Locked);

        var result = Machine.Fire(door, DoorTrigger.Unlock, new Key("9999"));

        Assert.Equal(Refusal.InvalidData, result.Refusal);
        Assert.Equal(["the key does not fit"], result.Reasons);
        Assert.Equal(DoorState.Locked, door.State);
        Assert.Empty(door.Log);
    }

    [Fact]
    public void Guards_are_judged_before_the_data()
    {
        var door = DoorMachine.InState(DoorState.Locked);
        door.DoNotDisturb = true;

        var result = Machine.Fire(door, DoorTrigger.Unlock, new Key("9999"));

        Assert.Equal(Refusal.GuardRefused, result.Refusal);
        Assert.Equal(["the \"do not disturb\" sign is up"], result.Reasons);
    }

    [Fact]
    public void Actions_run_in_order_exit_then_state_change_then_effect_then_entry()
    {
        var door = DoorMachine.InState(DoorState.Open);

        Machine.Fire(door, DoorTrigger.Close, new Push("Sam"));

        Assert.Equal(["exit Open (door Open)", "Sam closes (door Closed)", "enter Closed (door Closed)"], door.Log);
    }

    [Fact]
    public void An_internal_transition_runs_its_effect_but_no_entry_or_exit_action()
    {
        var door = DoorMachine.InState(DoorState.Closed);

        var result = Machine.Fire(door, DoorTrigger.Paint, new Paint("blue"));

        Assert.True(result.IsAccepted);
        Assert.Equal((DoorState.Closed, DoorState.Closed), (result.From, result.To));
        Assert.Equal(["painted blue"], door.Log);
        Assert.Equal("blue", door.Colour);
    }

    [Theory]
    [InlineData(3, DoorState.Open)]
    [InlineData(20, DoorState.Broken)]
    public void A_dynamic_destination_is_chosen_from_the_data_among_the_declared_ones(int force, DoorState destination)
    {
        var door = DoorMachine.InState(DoorState.Closed);

        var result = Machine.Fire(door, DoorTrigger.Kick, new Kick(force));

        Assert.Equal(destination, result.To);
        Assert.Equal(destination, door.State);
    }

    [Fact]
    public void A_dynamic_destination_outside_the_declared_ones_throws_and_changes_nothing()
    {
        var builder = DoorMachine.Builder();
        builder.Configure(DoorState.Closed)
            .OnExit((d, _) => d.Log.Add("exit"))
            .PermitDynamic<Kick>(DoorTrigger.Kick, (_, _) => DoorState.Locked, DoorState.Open, DoorState.Broken);
        var machine = builder.Build();
        var door = DoorMachine.InState(DoorState.Closed);

        var thrown = Assert.Throws<InvalidOperationException>(() => machine.Fire(door, DoorTrigger.Kick, new Kick(5)));

        Assert.Contains("not one of its declared destinations", thrown.Message);
        Assert.Equal(DoorState.Closed, door.State);
        Assert.Empty(door.Log);
    }

    [Fact]
    public void Explain_answers_for_every_trigger_and_gives_the_reasons_for_the_refused_ones()
    {
        var door = DoorMachine.InState(DoorState.Open);
        door.Obstructed = true;

        var answers = Machine.Explain(door);

        Assert.Equal(Enum.GetValues<DoorTrigger>(), answers.Select(a => a.Trigger));
        Assert.Equal([DoorTrigger.Paint], answers.Where(a => a.IsPermitted).Select(a => a.Trigger));
        Assert.All(answers.Where(a => !a.IsPermitted), a => Assert.False(string.IsNullOrWhiteSpace(a.Reason)));
        Assert.Equal("something is in the doorway", answers.Single(a => a.Trigger == DoorTrigger.Close).Reason);
        Assert.Equal("Knock is not permitted in Open", answers.Single(a => a.Trigger == DoorTrigger.Knock).Reason);
    }

    [Fact]
    public void Explain_names_the_destinations_and_what_the_data_will_need()
    {
        var door = DoorMachine.InState(DoorState.Locked);

        var answer = Machine.Explain(door, DoorTrigger.Unlock);

        Assert.True(answer.IsPermitted);
        Assert.Null(answer.Reason);
        Assert.Equal([DoorState.Closed], answer.Destinations);
        Assert.Equal(["the right key"], answer.Needs);
    }

    [Fact]
    public void Replay_runs_the_actions_without_judging_the_guards()
    {
        var door = DoorMachine.InState(DoorState.Open);
        door.Obstructed = true;

        Machine.Replay(door, DoorTrigger.Close, new Push("Sam"), DoorState.Closed);

        Assert.Equal(DoorState.Closed, door.State);
        Assert.Equal(["exit Open (door Open)", "Sam closes (door Closed)", "enter Closed (door Closed)"], door.Log);
        Assert.True(Assert.Single(door.Moves).IsReplay);
    }

    [Fact]
    public void Replay_of_a_trigger_not_in_the_table_for_the_state_throws()
    {
        var door = DoorMachine.InState(DoorState.Open);

        Assert.Throws<InvalidOperationException>(() => Machine.Replay(door, DoorTrigger.Lock, new Key("1234"), DoorState.Locked));
        Assert.Equal(DoorState.Open, door.State);
    }

    [Fact]
    public void Replay_to_a_destination_the_transition_does_not_declare_throws()
    {
        var door = DoorMachine.InState(DoorState.Closed);

        Assert.Throws<InvalidOperationException>(() => Machine.Replay(door, DoorTrigger.Kick, new Kick(5), DoorState.Locked));
        Assert.Equal(DoorState.Closed, door.State);
    }

    [Fact]
    public void A_machine_wide_guard_holds_back_triggers_it_does_not_exempt()
    {
        var door = DoorMachine.InState(DoorState.Closed);
        door.AlarmSounding = true;

        var result = Machine.Fire(door, DoorTrigger.Lock, new Key("1234"));

        Assert.Equal(Refusal.GuardRefused, result.Refusal);
        Assert.Equal("the fire alarm is sounding", result.Reason);
        Assert.Equal(DoorState.Closed, door.State);
    }

    [Fact]
    public void A_machine_wide_guard_lets_its_exempt_triggers_through()
    {
        var door = DoorMachine.InState(DoorState.Closed);
        door.AlarmSounding = true;

        var result = Machine.Fire(door, DoorTrigger.Open, new Push("Sam"));

        Assert.True(result.IsAccepted, result.Reason);
        Assert.Equal(DoorState.Open, door.State);
    }

    [Fact]
    public void A_machine_wide_guard_adds_its_reason_to_the_transition_guards()
    {
        var door = DoorMachine.InState(DoorState.Open);
        door.AlarmSounding = true;
        door.Obstructed = true;

        var answer = Machine.Explain(door, DoorTrigger.Close);

        Assert.Equal(["the fire alarm is sounding", "something is in the doorway"], answer.Reasons);
    }

    [Fact]
    public void Data_of_the_wrong_type_throws_ArgumentException()
    {
        var door = DoorMachine.InState(DoorState.Open);

        Assert.Throws<ArgumentException>(() => Machine.Fire(door, DoorTrigger.Close, new Key("1234")));
        Assert.Equal(DoorState.Open, door.State);
    }

    [Fact]
    public void Configuring_the_same_state_and_trigger_twice_throws()
    {
        var builder = DoorMachine.Builder();
        builder.Configure(DoorState.Open).Permit<Push>(DoorTrigger.Close, DoorState.Closed);

        Assert.Throws<InvalidOperationException>(() => builder.Configure(DoorState.Open).PermitInternal<Push>(DoorTrigger.Close));
    }

    [Fact]
    public void A_dynamic_transition_without_declared_destinations_throws()
    {
        var builder = DoorMachine.Builder();

        Assert.Throws<ArgumentException>(() => builder.Configure(DoorState.Closed).PermitDynamic<Kick>(DoorTrigger.Kick, (_, _) => DoorState.Open));
    }

    [Fact]
    public void Only_states_marked_final_are_final()
    {
        Assert.Equal([DoorState.Broken], Enum.GetValues<DoorState>().Where(Machine.IsFinal));
    }

    [Fact]
    public void The_transition_table_is_ordered_by_state_then_trigger()
    {
        var rows = Machine.Transitions.Select(t => $"{t.Source} {t.Trigger}");

        Assert.Equal(["Open Close", "Open Paint", "Closed Open", "Closed Lock", "Closed Paint", "Closed Kick", "Locked Unlock"], rows);
    }
}
