namespace EarlyHelp.Workflows.StateMachines;

/// <summary>Why a trigger was refused.</summary>
public enum Refusal
{
    /// <summary>The trigger was accepted.</summary>
    None,

    /// <summary>The trigger has no transition from the current state.</summary>
    NotPermittedInState,

    /// <summary>A guard over the subject refused (something is missing on the record).</summary>
    GuardRefused,

    /// <summary>The data carried by the trigger is missing or invalid.</summary>
    InvalidData,
}
