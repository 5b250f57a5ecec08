using EarlyHelp.Workflows.StateMachines;

namespace EarlyHelp.Workflows.Tests.StateMachines;

public enum DoorState
{
    Open,
    Closed,
    Locked,
    Broken,
}

public enum DoorTrigger
{
    Open,
    Close,
    Lock,
    Unlock,
    Paint,
    Kick,
    Knock,
}

internal sealed record Push(string By);

internal sealed record Key(string Code);

internal sealed record Paint(string Colour);

internal sealed record Kick(int Force);

/// <summary>The subject of the door machine: it holds the state, and logs every action run on it.</summary>
internal sealed class Door
{
    public DoorState State { get; set; } = DoorState.Open;

    public bool Obstructed { get; set; }

    public bool AlarmSounding { get; set; }

    public bool DoNotDisturb { get; set; }

    public string KeyCode { get; } = "1234";

    public string Colour { get; set; } = "white";

    public List<string> Log { get; } = [];

    public List<Transition<DoorState, DoorTrigger>> Moves { get; } = [];
}

/// <summary>
/// A tiny machine to test the generic state machine on, independently of the case lifecycle:
/// open -> closed -> locked and back, a paint job that changes nothing but the colour, a kick whose
/// destination depends on its force, a fire alarm that holds everything but opening, and a knock
/// permitted nowhere.
/// </summary>
internal static class DoorMachine
{
    public static StateMachine<DoorState, DoorTrigger, Door> Machine { get; } = Build();

    public static StateMachineBuilder<DoorState, DoorTrigger, Door> Builder() => new(DoorState.Open, d => d.State, (d, s) => d.State = s);

    public static Door InState(DoorState state) => new() { State = state };

    private static StateMachine<DoorState, DoorTrigger, Door> Build()
    {
        var machine = Builder();
        machine.WhenAnyTrigger(d => GuardResult.Require(!d.AlarmSounding, "the fire alarm is sounding"), "no fire alarm", DoorTrigger.Open);

        foreach (var state in Enum.GetValues<DoorState>())
        {
            machine.Configure(state)
                .OnExit((d, t) => d.Log.Add($"exit {t.From} (door {d.State})"))
                .OnEntry((d, t) => d.Log.Add($"enter {t.To} (door {d.State})"));
        }

        machine.Configure(DoorState.Open)
            .Permit<Push>(DoorTrigger.Close, DoorState.Closed)
            .When(d => GuardResult.Require(!d.Obstructed, "something is in the doorway"), "doorway clear")
            .Then((d, push, t) =>
            {
                d.Log.Add($"{push.By} closes (door {d.State})");
                d.Moves.Add(t);
            });

        machine.Configure(DoorState.Closed)
            .Permit<Push>(DoorTrigger.Open, DoorState.Open)
            .Then((d, push, _) => d.Log.Add($"{push.By} opens (door {d.State})"));

        machine.Configure(DoorState.Closed)
            .Permit<Key>(DoorTrigger.Lock, DoorState.Locked)
            .Requires((_, key) => GuardResult.Require(key.Code.Length > 0, "a key is needed to lock the door"), "a key");

        machine.Configure(DoorState.Locked)
            .Permit<Key>(DoorTrigger.Unlock, DoorState.Closed)
            .When(d => GuardResult.Require(!d.DoNotDisturb, "the \"do not disturb\" sign is up"), "no \"do not disturb\" sign")
            .Requires((d, key) => GuardResult.Require(key.Code == d.KeyCode, "the key does not fit"), "the right key");

        foreach (var state in new[] { DoorState.Open, DoorState.Closed })
        {
            machine.Configure(state)
                .PermitInternal<Paint>(DoorTrigger.Paint)
                .Then((d, paint, _) =>
                {
                    d.Colour = paint.Colour;
                    d.Log.Add($"painted {paint.Colour}");
                });
        }

        machine.Configure(DoorState.Closed)
            .PermitDynamic<Kick>(DoorTrigger.Kick, (_, kick) => kick.Force >= 10 ? DoorState.Broken : DoorState.Open, DoorState.Open, DoorState.Broken);

        machine.Configure(DoorState.Broken).Final();
        return machine.Build();
    }
}
